#pragma once

#include <opencv2/core/mat.hpp>

#include <QtGlobal>

#include <vector>

namespace gc::core {

// The two nearest descriptors of one query among a set, by Hamming distance over 256-bit ORB descriptors.
struct Nearest2 {
    int index = -1;
    int best = 1 << 30;
    int second = 1 << 30;
};

// A set of 256-bit descriptors, kept both as rows (for the scalar loop) and as four planes of 64-bit
// words (word k of descriptor j at planes[k * stride + j]), so a vector unit compares eight at once.
class HammingSet {
public:
    HammingSet() = default;
    explicit HammingSet(const cv::Mat &descriptors);

    int size() const { return m_rows.rows; }
    const cv::Mat &rows() const { return m_rows; }
    // For every row of `query` (CV_8U, 32 columns), its two nearest in this set.
    std::vector<Nearest2> nearest2(const cv::Mat &query) const;

private:
    cv::Mat m_rows;
    std::vector<quint64> m_planes;
    int m_stride = 0;  // size() rounded up to a multiple of 8
};

} // namespace gc::core
