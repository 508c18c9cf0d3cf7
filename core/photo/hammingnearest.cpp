#include "photo/hammingnearest.h"

#include <immintrin.h>

#include <cstring>

namespace gc::core {

namespace {

// Debian's OpenCV is built for plain SSE2, where BFMatcher spends ~40 ns per pair; popcnt makes it ~1.7 ns
// and AVX-512's vector popcount (eight descriptors per step) ~0.3 ns, the difference between the mark
// check costing a decode or a tenth of one when every variant of the mark is tried.
inline __attribute__((always_inline)) void scalarBody(const cv::Mat &query, const cv::Mat &train, std::vector<Nearest2> &out)
{
    const int nt = train.rows;
    for (int i = 0; i < query.rows; ++i) {
        const auto *q = query.ptr<quint64>(i);
        Nearest2 n;
        for (int j = 0; j < nt; ++j) {
            const auto *t = train.ptr<quint64>(j);
            const int d = __builtin_popcountll(q[0] ^ t[0]) + __builtin_popcountll(q[1] ^ t[1]) + __builtin_popcountll(q[2] ^ t[2])
                + __builtin_popcountll(q[3] ^ t[3]);
            if (d < n.best) {
                n.second = n.best;
                n.best = d;
                n.index = j;
            } else if (d < n.second) {
                n.second = d;
            }
        }
        out[size_t(i)] = n;
    }
}

__attribute__((target("popcnt"))) void scalarPopcnt(const cv::Mat &query, const cv::Mat &train, std::vector<Nearest2> &out)
{
    scalarBody(query, train, out);
}

void scalarGeneric(const cv::Mat &query, const cv::Mat &train, std::vector<Nearest2> &out)
{
    scalarBody(query, train, out);
}

// Eight lanes, each keeping the best and second distance (and the best's index) of the descriptors j ≡ lane
// (mod 8); the lanes are merged at the end. Strict comparisons keep the first of equal distances, as the
// scalar loop does, so both give the same answer.
__attribute__((target("avx512f,avx512vpopcntdq"))) void planesAvx512(const cv::Mat &query, const quint64 *planes, int stride, int n,
                                                                   std::vector<Nearest2> &out)
{
    const __m512i lane = _mm512_setr_epi64(0, 1, 2, 3, 4, 5, 6, 7);
    const __m512i far = _mm512_set1_epi64(1 << 20);
    for (int i = 0; i < query.rows; ++i) {
        const auto *q = query.ptr<quint64>(i);
        const __m512i q0 = _mm512_set1_epi64(qint64(q[0])), q1 = _mm512_set1_epi64(qint64(q[1]));
        const __m512i q2 = _mm512_set1_epi64(qint64(q[2])), q3 = _mm512_set1_epi64(qint64(q[3]));
        __m512i best = far, second = far, index = _mm512_set1_epi64(-1);
        for (int j = 0; j < stride; j += 8) {
            __m512i d = _mm512_popcnt_epi64(_mm512_xor_si512(q0, _mm512_loadu_si512(planes + j)));
            d = _mm512_add_epi64(d, _mm512_popcnt_epi64(_mm512_xor_si512(q1, _mm512_loadu_si512(planes + stride + j))));
            d = _mm512_add_epi64(d, _mm512_popcnt_epi64(_mm512_xor_si512(q2, _mm512_loadu_si512(planes + 2 * stride + j))));
            d = _mm512_add_epi64(d, _mm512_popcnt_epi64(_mm512_xor_si512(q3, _mm512_loadu_si512(planes + 3 * stride + j))));
            if (j + 8 > n)  // the padding past the last descriptor never wins
                d = _mm512_mask_blend_epi64(__mmask8((1u << (n - j)) - 1), far, d);
            const __mmask8 better = _mm512_cmplt_epi64_mask(d, best);
            second = _mm512_min_epi64(second, _mm512_max_epi64(best, d));
            best = _mm512_min_epi64(best, d);
            index = _mm512_mask_blend_epi64(better, index, _mm512_add_epi64(lane, _mm512_set1_epi64(j)));
        }
        alignas(64) qint64 b[8], s[8], x[8];
        _mm512_store_si512(b, best);
        _mm512_store_si512(s, second);
        _mm512_store_si512(x, index);
        Nearest2 r;
        int at = -1;
        for (int k = 0; k < 8; ++k)
            if (x[k] >= 0 && (b[k] < r.best || (b[k] == r.best && x[k] < r.index))) {
                r.best = int(b[k]);
                r.index = int(x[k]);
                at = k;
            }
        for (int k = 0; k < 8; ++k)
            r.second = std::min(r.second, int(k == at ? s[k] : b[k]));
        if (r.second >= (1 << 20))
            r.second = 1 << 30;
        out[size_t(i)] = r;
    }
}

} // namespace

HammingSet::HammingSet(const cv::Mat &descriptors) : m_rows(descriptors.clone())
{
    CV_Assert(m_rows.empty() || (m_rows.type() == CV_8U && m_rows.cols == 32));
    const int n = m_rows.rows;
    m_stride = (n + 7) / 8 * 8;
    m_planes.assign(size_t(m_stride) * 4, 0);
    for (int j = 0; j < n; ++j) {
        quint64 words[4];
        std::memcpy(words, m_rows.ptr(j), sizeof words);
        for (int k = 0; k < 4; ++k)
            m_planes[size_t(k * m_stride + j)] = words[k];
    }
}

std::vector<Nearest2> HammingSet::nearest2(const cv::Mat &query) const
{
    CV_Assert(query.empty() || (query.type() == CV_8U && query.cols == 32));
    std::vector<Nearest2> out(size_t(query.rows));
    if (m_rows.rows == 0)
        return out;
    static const bool avx512 = __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512vpopcntdq");
    static const bool popcnt = __builtin_cpu_supports("popcnt");
    if (avx512)
        planesAvx512(query, m_planes.data(), m_stride, m_rows.rows, out);
    else if (popcnt)
        scalarPopcnt(query, m_rows, out);
    else
        scalarGeneric(query, m_rows, out);
    return out;
}

} // namespace gc::core
