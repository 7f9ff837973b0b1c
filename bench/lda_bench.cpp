// LDA benchmark: ingests the text files of a folder, builds the LDA corpus (content terms, stop words out),
// then times Gibbs sweeps until the stopping rule fires (LdaOptions; --tolerance 0 runs all --sweeps). Prints
// tokens per second per sweep, the slowest sweep in ms, the sweeps run and the log-likelihood, and a
// `RESULT key=value ...` line for scripts. --dump FILE writes the LDA corpus (one document per line, terms
// separated by spaces) so bench/gensim_lda.py can run gensim on exactly the same tokens; --topics FILE writes
// the 10 top terms of each topic, one topic a line, for bench/topic_coherence.py. Native and wasm.
//
//   lda_bench FOLDER [--k 8] [--sweeps 500] [--seed 1] [--tolerance 1e-3] [--dump FILE] [--topics FILE]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "ingest.h"
#include "lda.h"

namespace fs = std::filesystem;

namespace {

struct Args {
  std::string folder, dump, topics;
  int k = 8, sweeps = 500;
  double tolerance = entente::LdaOptions{}.tolerance;
  std::uint64_t seed = 1;
};

bool parse(int argc, char** argv, Args& a) {
  if (argc < 2) return false;
  a.folder = argv[1];
  for (int i = 2; i + 1 < argc; i += 2) {
    std::string flag = argv[i], value = argv[i + 1];
    if (flag == "--k")
      a.k = std::atoi(value.c_str());
    else if (flag == "--sweeps")
      a.sweeps = std::atoi(value.c_str());
    else if (flag == "--seed")
      a.seed = std::strtoull(value.c_str(), nullptr, 10);
    else if (flag == "--dump")
      a.dump = value;
    else if (flag == "--topics")
      a.topics = value;
    else if (flag == "--tolerance")
      a.tolerance = std::atof(value.c_str());
    else
      return false;
  }
  return argc % 2 == 0 && a.k > 0 && a.sweeps > 0;
}

entente::Corpus read_corpus(const std::string& dir) {
  std::vector<fs::path> paths;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.is_regular_file(ec) && entry.path().extension() == ".txt") paths.push_back(entry.path());
  std::sort(paths.begin(), paths.end());
  entente::Corpus corpus;
  for (const fs::path& p : paths) {
    std::ifstream f(p, std::ios::binary);
    std::ostringstream buf;
    buf << f.rdbuf();
    entente::InputFile in{p.filename().string(), buf.str(), ""};
    corpus.docs.push_back(entente::ingest_file(static_cast<int>(corpus.docs.size()), in, {}));
  }
  return corpus;
}

void dump(const entente::LdaCorpus& c, const std::string& path) {
  std::ofstream out(path, std::ios::binary);
  for (const auto& doc : c.docs) {
    for (std::size_t i = 0; i < doc.size(); ++i) out << (i ? " " : "") << c.vocab[doc[i]];
    out << '\n';
  }
}

void write_topics(const std::vector<std::vector<std::string>>& topics, const std::string& path) {
  std::ofstream out(path, std::ios::binary);
  for (const auto& terms : topics) {
    for (std::size_t i = 0; i < terms.size(); ++i) out << (i ? " " : "") << terms[i];
    out << '\n';
  }
}

}  // namespace

int main(int argc, char** argv) {
  Args a;
  if (!parse(argc, argv, a)) {
    std::fprintf(stderr,
                 "usage: lda_bench FOLDER [--k 8] [--sweeps 500] [--seed 1] [--tolerance 1e-3] [--dump FILE] "
                 "[--topics FILE]\n");
    return 2;
  }
  using Clock = std::chrono::steady_clock;
  entente::Corpus corpus = read_corpus(a.folder);
  Clock::time_point t0 = Clock::now();
  entente::LdaCorpus lda_corpus = entente::make_lda_corpus(corpus, entente::StopWords::english());
  if (!a.dump.empty()) dump(lda_corpus, a.dump);
  const std::size_t tokens = lda_corpus.tokens, vocab = lda_corpus.vocab.size();
  entente::LdaOptions options;
  options.k = a.k;
  options.seed = a.seed;
  options.iterations = a.sweeps;
  options.tolerance = a.tolerance;
  entente::GibbsLda lda(std::move(lda_corpus), options);
  const double setup = std::chrono::duration<double>(Clock::now() - t0).count();
  double total = 0, slowest = 0;
  int sweeps = 0;
  for (; sweeps < a.sweeps && !lda.converged(); ++sweeps) {
    Clock::time_point s = Clock::now();
    lda.sweep();
    double d = std::chrono::duration<double>(Clock::now() - s).count();
    total += d;
    slowest = std::max(slowest, d);
  }
  const double tok_s = tokens * double(sweeps) / total;
  if (!a.topics.empty()) write_topics(lda.top_terms(10), a.topics);
  std::printf(
      "%zu docs, %zu LDA tokens, vocabulary %zu, k %d: setup %.3f s, %d sweeps in %.3f s: %.2f M tokens/s "
      "per sweep, %.1f ms per sweep (slowest %.1f ms)\n",
      corpus.docs.size(), tokens, vocab, a.k, setup, sweeps, total, tok_s / 1e6, 1e3 * total / sweeps,
      1e3 * slowest);
  std::printf("  %s after %d sweeps, log-likelihood %.1f\n", lda.converged() ? "converged" : "stopped",
              sweeps, lda.log_likelihood());
  auto top = lda.top_terms(6);
  for (std::size_t t = 0; t < top.size() && t < 4; ++t) {
    std::printf("  topic %zu:", t);
    for (const auto& w : top[t]) std::printf(" %s", w.c_str());
    std::printf("\n");
  }
  std::printf(
      "RESULT docs=%zu tokens=%zu vocab=%zu k=%d sweeps=%d seconds=%.3f setup=%.3f tok_s=%.0f "
      "sweep_ms=%.2f\n",
      corpus.docs.size(), tokens, vocab, a.k, sweeps, total, setup, tok_s, 1e3 * total / sweeps);
  return 0;
}
