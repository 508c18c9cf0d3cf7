#!/usr/bin/env python3
"""The library boundaries, checked against the build (ctest "layers: ...").

Reads the layer graph CMake writes at configure time (build/gc_layers.json: each library target
with its folders and its target_link_libraries) and fails, listing file:line, when
  - a source file includes a header of another library that its target does not link (directly or
    through what that links),
  - a source file includes a third-party header (GDAL, SQLite, OpenCV, exiv2, libjpeg, qrencode)
    whose library its target does not link itself,
  - a Qt GUI header (QImage, QColor, QPainter…: the files of Qt6::Gui's include directory) is included
    by a library that does not link Qt6::Gui itself (STYLE.md: a library that draws nothing links no
    Qt GUI),
  - a GDAL/OGR/CPL header is included, or GDAL linked, by a library other than gc_geo (geo/ is the
    GDAL layer: the others reach GDAL through its Qt-typed classes), also through a geo/ header
    that includes one,
  - a library below the photo checks reaches OpenCV through anything it links, or a library that
    draws nothing links Qt6::Gui itself (NEVER_REACH, NEVER_LINK: STYLE.md "Layout"),
  - the target graph or the include graph between folders has a cycle,
  - a folder with sources belongs to no target.
Usage: check-layers.py BUILD/gc_layers.json [SOURCE_DIR]
"""
import json
import os
import re
import sys

INCLUDE = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]')
# Third-party headers and the imported target (prefix) that must be linked to include them.
EXTERNAL = [
    (re.compile(r'^(gdal|ogr|cpl|ogrsf)[_a-z0-9]*\.h$'), 'GDAL::GDAL'),
    (re.compile(r'^sqlite3\.h$'), 'SQLite::SQLite3'),
    (re.compile(r'^opencv2/'), 'opencv_'),
    (re.compile(r'^exiv2/'), 'PkgConfig::EXIV2'),
    (re.compile(r'^(jpeglib|turbojpeg)\.h$'), 'PkgConfig::LIBJPEG'),
    (re.compile(r'^qrencode\.h$'), 'PkgConfig::QRENCODE'),
]
SOURCE = re.compile(r'\.(h|hpp|cpp|cc)$')
GDAL_HEADER = EXTERNAL[0][0]
GDAL_OWNER = 'gc_geo'  # the one library that includes GDAL's headers and links it
# STYLE.md: "one that checks no photo links no OpenCV". The photo checks (gc_photo) sit above the
# store; what every program that opens an inventory links reaches no OpenCV, through any link. (The
# sync server links gc_photo itself: it judges the photos it is sent.)
NEVER_REACH = {'opencv_': ['gc_base', 'gc_geo', 'gc_model', 'gc_photofiles', 'gc_store']}
# STYLE.md: "a library that draws nothing links no Qt GUI". (gc_geo links it privately for its tile
# renderer; these link it neither publicly nor privately.)
NEVER_LINK = {'Qt6::Gui': ['gc_base', 'gc_model', 'gc_photofiles', 'gc_store']}


def find_cycle(graph):
    """One cycle of `graph` (node -> iterable of nodes) as a list, or None."""
    state, stack = {}, []

    def visit(n):
        state[n] = 1
        stack.append(n)
        for m in sorted(graph.get(n, ())):
            if state.get(m) == 1:
                return stack[stack.index(m):] + [m]
            if m not in state:
                c = visit(m)
                if c:
                    return c
        stack.pop()
        state[n] = 2
        return None

    for n in sorted(graph):
        if n not in state:
            c = visit(n)
            if c:
                return c
    return None


def closure(graph, start):
    seen, todo = set(), [start]
    while todo:
        for m in graph.get(todo.pop(), ()):
            if m not in seen:
                seen.add(m)
                todo.append(m)
    return seen


def qt_gui_headers(dirs):
    """The header names Qt6::Gui installs (QImage, qimage.h, …)."""
    names = set()
    for d in dirs:
        if os.path.isdir(d):
            names.update(f for f in os.listdir(d) if os.path.isfile(os.path.join(d, f)))
    return names


def is_gui_header(inc, gui_headers):
    if inc == 'QtGui' or inc.startswith('QtGui/'):
        return True
    return inc in gui_headers


def forbidden_links(targets, reach):
    """NEVER_REACH and NEVER_LINK: what each named library must not link (through its targets or itself)."""
    problems = []
    for lib, names in NEVER_REACH.items():
        for t in names:
            if t not in targets:
                continue
            for via in sorted({t} | reach[t]):
                bad = [l for l in targets[via]['links'] if l.startswith(lib)]
                if bad:
                    how = '' if via == t else f' through {via}'
                    problems.append(f'{t} reaches {bad[0]}{how}: it must not link {lib.rstrip("_")} (STYLE.md "Layout")')
    for lib, names in NEVER_LINK.items():
        for t in names:
            if t in targets and lib in targets[t]['links']:
                problems.append(f'{t} links {lib}: it must not (STYLE.md "Layout")')
    return problems


def main():
    layers = json.load(open(sys.argv[1]))
    src = os.path.abspath(sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), '..'))
    targets = layers['targets']
    owner = {}  # folder (relative to src) -> target
    for t, info in targets.items():
        for d in info['dirs']:
            owner[os.path.relpath(d, src)] = t
    roots = [os.path.relpath(r, src) for r in layers['include_roots']]
    gui_headers = qt_gui_headers(layers.get('qt_gui_include_dirs', []))
    graph = {t: [d for d in info['links'] if d in targets] for t, info in targets.items()}
    reach = {t: closure(graph, t) for t in targets}
    problems = []

    for t, info in sorted(targets.items()):
        if t != GDAL_OWNER and 'GDAL::GDAL' in info['links']:
            problems.append(f'{t} links GDAL::GDAL: only {GDAL_OWNER} may')
    problems += forbidden_links(targets, reach)
    gdal_headers = set()  # geo/ headers (relative to src) that include a GDAL header themselves
    for d in [d for d, t in owner.items() if t == GDAL_OWNER]:
        for f in sorted(os.listdir(os.path.join(src, d))):
            if f.endswith('.h') and any((m := INCLUDE.match(line)) and m.group(1) == '<' and GDAL_HEADER.search(m.group(2))
                                        for line in open(os.path.join(src, d, f), encoding='utf-8', errors='replace')):
                gdal_headers.add(os.path.normpath(os.path.join(d, f)))

    # Headers of ours that include a Qt GUI header themselves (geo/choropleth.h: QColor): including one
    # needs Qt6::Gui as much as including <QColor> does.
    gui_via = set()
    for d in owner:
        for f in sorted(os.listdir(os.path.join(src, d))):
            if f.endswith('.h') and any((m := INCLUDE.match(line)) and m.group(1) == '<' and is_gui_header(m.group(2), gui_headers)
                                        for line in open(os.path.join(src, d, f), encoding='utf-8', errors='replace')):
                gui_via.add(os.path.normpath(os.path.join(d, f)))

    folder_graph = {}
    scanned = set()
    for top in sorted({d.split(os.sep)[0] for d in owner}):
        for dirpath, _, files in os.walk(os.path.join(src, top)):
            rel_dir = os.path.relpath(dirpath, src)
            srcs = [f for f in sorted(files) if SOURCE.search(f)]
            if not srcs:
                continue
            t = owner.get(rel_dir)
            if t is None:
                if any(rel_dir.startswith(d + os.sep) for d in owner) or rel_dir in roots:
                    problems.append(f'{rel_dir}/: sources in no library target (core/CMakeLists.txt)')
                continue
            scanned.add(rel_dir)
            for f in srcs:
                path = os.path.join(rel_dir, f)
                for no, line in enumerate(open(os.path.join(src, path), encoding='utf-8', errors='replace'), 1):
                    m = INCLUDE.match(line)
                    if not m:
                        continue
                    quote, inc = m.groups()
                    if quote == '<' and GDAL_HEADER.search(inc) and t != GDAL_OWNER:
                        problems.append(f'{path}:{no}: #include <{inc}> outside geo/ ({t}): call a geo/ class instead')
                    if quote == '<' and is_gui_header(inc, gui_headers) and 'Qt6::Gui' not in targets[t]['links']:
                        problems.append(f'{path}:{no}: #include <{inc}> (Qt GUI) but {t} does not link Qt6::Gui')
                    if quote == '<':
                        for pat, lib in EXTERNAL:
                            if pat.search(inc) and not any(l.startswith(lib) for l in targets[t]['links']):
                                problems.append(f'{path}:{no}: #include <{inc}> but {t} does not link {lib.rstrip("_")}')
                        continue
                    for base in [rel_dir] + roots:
                        cand = os.path.normpath(os.path.join(base, inc))
                        if os.path.isfile(os.path.join(src, cand)):
                            break
                    else:
                        continue  # generated (moc, ui) or not ours
                    d = os.path.dirname(cand)
                    other = owner.get(d)
                    if other == GDAL_OWNER and t != GDAL_OWNER and cand in gdal_headers:
                        problems.append(f'{path}:{no}: #include "{inc}" brings GDAL\'s headers outside geo/ ({t})')
                    if cand in gui_via and 'Qt6::Gui' not in targets[t]['links']:
                        problems.append(f'{path}:{no}: #include "{inc}" brings Qt GUI headers but {t} does not link Qt6::Gui')
                    if other is None or d == rel_dir:
                        continue
                    folder_graph.setdefault(rel_dir, set()).add(d)
                    if other != t and other not in reach[t]:
                        problems.append(f'{path}:{no}: #include "{inc}" reaches {other} ({d}/), which {t} does not link')

    cycle = find_cycle(graph)
    if cycle:
        problems.append('target graph has a cycle: ' + ' -> '.join(cycle))
    cycle = find_cycle(folder_graph)
    if cycle:
        problems.append('folder include graph has a cycle: ' + ' -> '.join(cycle))
    for p in problems:
        print(p)
    print(f'{len(targets)} targets, {len(scanned)} folders, {sum(len(v) for v in graph.values())} edges: '
          + ('FAIL, %d problems' % len(problems) if problems else 'ok'))
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
