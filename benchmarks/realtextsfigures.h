#pragma once

// What realtexts_benchmark's parts share: percentages, the reliability table, and the
// --calibrate part (realtexts_calibration.cpp).
#include "classifier.h"

#include <QByteArray>
#include <QList>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace cd::bench {

inline double pct(int a, int b)
{
    return b ? 100.0 * a / b : 0.0;
}

// Calibration of the first suggestion's confidence: texts grouped by that confidence in
// tenths, each bin's mean confidence beside how often the first suggestion was right, and
// the expected calibration error (the bins' gaps weighted by their share of the texts).
// A text with no suggestion counts as confidence 0 and wrong.
struct Reliability
{
    struct Bin
    {
        int n = 0, right = 0;
        double confidence = 0;
    };
    Bin bins[10];
    double highest = 0;

    void add(double confidence, bool right)
    {
        Bin &b = bins[std::clamp(int(confidence * 10), 0, 9)];
        ++b.n;
        b.right += right;
        b.confidence += confidence;
        highest = std::max(highest, confidence);
    }
    void print() const
    {
        int total = 0;
        for (const Bin &b : bins)
            total += b.n;
        std::printf("  reliability (first suggestion): confidence bin, texts, mean confidence, "
                    "right\n");
        double ece = 0;
        for (int i = 0; i < 10; ++i) {
            const Bin &b = bins[i];
            if (b.n == 0)
                continue;
            const double mean = b.confidence / b.n, right = double(b.right) / b.n;
            ece += double(b.n) / total * std::abs(mean - right);
            std::printf("    %3d-%3d%% %5d %6.1f%% %6.1f%%\n", i * 10, i * 10 + 10, b.n, 100 * mean,
                        100 * right);
        }
        std::printf("  expected calibration error %.1f%%, highest confidence shown %.1f%%\n",
                    100 * ece, 100 * highest);
    }
};

// --calibrate: see realtexts_calibration.cpp. Reads no held-out file.
void calibrate(const QByteArray &lexicon, const QList<rules::Classifier::Example> &corpus,
               const QList<rules::Classifier::Example> &real, int folds);

} // namespace cd::bench
