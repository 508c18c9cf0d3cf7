# The library graph, written for scripts/check-layers.py (ctest "layers: ..."): each library target
# of ours, the folders it owns and what it links. target_link_libraries is the only way from one
# library to another; the check fails on an #include that goes elsewhere, and on a cycle.

# gc_layer(<target> <folder>...): <target> owns the sources of these folders.
function(gc_layer target)
  set_property(GLOBAL APPEND PROPERTY GC_LAYER_TARGETS ${target})
  set_property(TARGET ${target} PROPERTY GC_LAYER_DIRS ${ARGN})
endfunction()

# gc_core_library(<name> <folder> [PUBLIC ...] [PRIVATE ...]): one capability folder of core/ as a
# static library. Includes name the folder ("store/assetstore.h"), so every one shares core/ as root.
function(gc_core_library name folder)
  file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/${folder}/*.cpp ${CMAKE_CURRENT_SOURCE_DIR}/${folder}/*.h)
  add_library(${name} STATIC ${sources})
  target_include_directories(${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
  target_link_libraries(${name} ${ARGN})
  set_target_properties(${name} PROPERTIES AUTOMOC ON)
  gc_layer(${name} ${CMAKE_CURRENT_SOURCE_DIR}/${folder})
endfunction()

# Writes ${CMAKE_BINARY_DIR}/gc_layers.json; call once every target is defined.
function(gc_write_layers)
  get_property(targets GLOBAL PROPERTY GC_LAYER_TARGETS)
  set(entries "")
  foreach(t IN LISTS targets)
    get_target_property(type ${t} TYPE)
    if(type STREQUAL "INTERFACE_LIBRARY")
      get_target_property(links ${t} INTERFACE_LINK_LIBRARIES)
    else()
      get_target_property(links ${t} LINK_LIBRARIES)
    endif()
    if(NOT links)
      set(links "")
    endif()
    get_target_property(dirs ${t} GC_LAYER_DIRS)
    set(l "")
    foreach(x IN LISTS links)
      string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" x "${x}")
      if(NOT x MATCHES "^\\$<")
        list(APPEND l "\"${x}\"")
      endif()
    endforeach()
    set(d "")
    foreach(x IN LISTS dirs)
      list(APPEND d "\"${x}\"")
    endforeach()
    list(JOIN l ", " l)
    list(JOIN d ", " d)
    list(APPEND entries "    \"${t}\": {\"dirs\": [${d}], \"links\": [${l}]}")
  endforeach()
  list(JOIN entries ",\n" entries)
  # Qt GUI's headers, so the check can tell a library that draws (links Qt6::Gui) from one that must not.
  get_target_property(gui_dirs Qt6::Gui INTERFACE_INCLUDE_DIRECTORIES)
  set(g "")
  foreach(x IN LISTS gui_dirs)
    if(x MATCHES "/QtGui$")
      list(APPEND g "\"${x}\"")
    endif()
  endforeach()
  list(JOIN g ", " g)
  file(WRITE ${CMAKE_BINARY_DIR}/gc_layers.json
       "{\n  \"include_roots\": [\"${PROJECT_SOURCE_DIR}/core\", \"${PROJECT_SOURCE_DIR}/geo\", \"${PROJECT_SOURCE_DIR}/base\", \"${PROJECT_SOURCE_DIR}/sync/protocol\"],\n  \"qt_gui_include_dirs\": [${g}],\n  \"targets\": {\n${entries}\n  }\n}\n")
endfunction()
