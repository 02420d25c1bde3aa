// SPDX-License-Identifier: GPL-3.0-or-later
// A driver for the fuzz targets when they are not built with libFuzzer (-fsanitize=fuzzer): runs
// every file of the corpus folder, then a fixed number of mutations of them (bytes flipped,
// inserted, removed, repeated, the input cut short), with a fixed seed so a failure repeats.
// Usage: fuzz_X CORPUS_DIR [ITERATIONS [MORE_DIR=EXT,EXT …]] (the files of MORE_DIR with those
// endings join the corpus: the import corpus of real exports, tests/data/import).
#include <QByteArray>
#include <QDir>
#include <QFile>

#include <cstdio>
#include <random>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

QByteArray mutate(QByteArray in, std::mt19937 &rng)
{
    const int steps = 1 + static_cast<int>(rng() % 4);
    for (int i = 0; i < steps; ++i) {
        const qsizetype n = in.size();
        const qsizetype at = n > 0 ? static_cast<qsizetype>(rng() % static_cast<unsigned>(n)) : 0;
        switch (rng() % 6) {
        case 0: // flip a byte
            if (n > 0)
                in[at] = static_cast<char>(in[at] ^ (1 << (rng() % 8)));
            break;
        case 1: // insert a byte that parsers care about
        {
            static const char interesting[] = {'"',  ',', '\n', '\r', ';',    ':',   '=',
                                               '\\', '<', '>',  '\0', '\xFF', '\xE5'};
            in.insert(at, interesting[rng() % sizeof interesting]);
            break;
        }
        case 2: // remove a run
            in.remove(at, static_cast<qsizetype>(rng() % 16));
            break;
        case 3: // repeat a run
            in.insert(at, in.mid(at, static_cast<qsizetype>(rng() % 64)));
            break;
        case 4: // cut short
            in.truncate(at);
            break;
        default: // overwrite with random bytes
            for (qsizetype k = at; k < std::min(n, at + 8); ++k)
                in[k] = static_cast<char>(rng());
        }
    }
    return in;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR [ITERATIONS]\n", argv[0]);
        return 2;
    }
    const int iterations = argc > 2 ? std::atoi(argv[2]) : 10000;
    std::vector<QByteArray> corpus;
    const QDir dir(QString::fromLocal8Bit(argv[1]));
    for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
        QFile f(dir.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            corpus.push_back(f.readAll());
    }
    for (int a = 3; a < argc; ++a) {
        const QString spec = QString::fromLocal8Bit(argv[a]);
        const qsizetype eq = spec.lastIndexOf(QLatin1Char('='));
        const QDir more(spec.left(eq));
        QStringList patterns;
        for (const QString &ext : spec.mid(eq + 1).split(QLatin1Char(','), Qt::SkipEmptyParts))
            patterns.append(QStringLiteral("*.") + ext);
        for (const QString &name : more.entryList(patterns, QDir::Files, QDir::Name)) {
            QFile f(more.filePath(name));
            if (f.open(QIODevice::ReadOnly))
                corpus.push_back(f.readAll());
        }
    }
    if (corpus.empty()) {
        std::fprintf(stderr, "no corpus in %s\n", argv[1]);
        return 2;
    }
    for (const QByteArray &c : corpus)
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(c.constData()), static_cast<size_t>(c.size()));
    std::mt19937 rng(20261122);
    for (int i = 0; i < iterations; ++i) {
        const QByteArray input = mutate(corpus[rng() % corpus.size()], rng);
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()), static_cast<size_t>(input.size()));
    }
    std::printf("%zu corpus files and %d mutations ran without a crash\n", corpus.size(), iterations);
    return 0;
}
