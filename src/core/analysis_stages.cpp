// The stages of an AnalysisJob, one bounded unit of work per call: reading the files, counting topics (and
// setting up the sampler), aligning overlapping passages, and sampling topics. Called by AnalysisJob::step().
#include <exception>
#include <iterator>
#include <stdexcept>
#include <string>
#include <utility>

#include "analysis_job.h"
#include "ingest.h"
#include "lexicon.h"
#include "stop_words.h"

namespace entente {

void AnalysisJob::Impl::ingest_next() {
  if (alongside && next_file == 0) return ingest_all();
  if (next_file >= inputs.size()) {
    stage = Stage::Topics;
    return;
  }
  InputFile& in = inputs[next_file];
  int id = static_cast<int>(next_file);
  Document doc = next_file >= options.limits.max_files
                     ? skipped_file(id, in, too_many_files_error(options.limits))
                     : ingest_in_corpus(id, in, options.limits, total_bytes);
  in.bytes.clear();
  in.bytes.shrink_to_fit();
  result.corpus.docs.push_back(std::move(doc));
  ++next_file;
}

// ingest_next() for every file in one step, on two threads: which files are admitted is settled first, in
// order (the corpus limit depends on the files before), then the files are read in any order.
void AnalysisJob::Impl::ingest_all() {
  const std::size_t n = inputs.size();
  std::vector<std::string> refusals(n);
  for (std::size_t i = 0; i < n; ++i)
    refusals[i] = i >= options.limits.max_files ? too_many_files_error(options.limits)
                                                : admit_to_corpus(inputs[i], options.limits, total_bytes);
  result.corpus.docs.resize(n);
  for_each_index(n, true, [&](std::size_t i) {
    const int id = static_cast<int>(i);
    InputFile& in = inputs[i];
    result.corpus.docs[i] = refusals[i].empty() ? ingest_admitted(id, in, options.limits)
                                                : skipped_file(id, in, std::move(refusals[i]));
    in.bytes.clear();
    in.bytes.shrink_to_fit();
  });
  next_file = n;
  stage = Stage::Topics;
}

// count_topics() (topics.h) in an order that lets sampling start early (on a second thread or elsewhere):
// the lexicon is read first (a bad one is the error, as there), then the content terms are counted and the
// sampler set up, then the lexicon topics and term statistics are counted while it samples.
void AnalysisJob::Impl::run_topics() {
  try {
    const Lexicon lexicon = lexicon_or_default(options.topics.lexicon_json);
    std::vector<DocTermCounts> term_counts(
        result.corpus.docs.size());  // count_corpus_terms(), maybe on two threads
    const StopWords stop_words = StopWords::english();
    for_each_index(term_counts.size(), alongside, [&](std::size_t i) {
      term_counts[i] = count_doc_terms(result.corpus.docs[i], stop_words);
    });
    std::string sampler_error;  // reported after counting, as when the sampler was set up last
    try {
      set_up_sampling(term_counts);
    } catch (const std::invalid_argument& e) {
      sampler_error = e.what();
    }
    count_lexicon_topics(result.corpus, lexicon, result.topics);
    result.topics.terms = term_stats_of(term_counts, TermStatsOptions{});
    if (!sampler_error.empty()) result.error = sampler_error;
  } catch (const std::exception& e) {
    result.error = e.what();
  }
  stage = Stage::Deals;
}

// Hands the sampler's input over (elsewhere), or builds the sampler here (and starts its thread).
void AnalysisJob::Impl::set_up_sampling(const std::vector<DocTermCounts>& term_counts) {
  if (elsewhere && options.topics.lda_k > 0) {
    LdaSampler{LdaCorpus{}, options.topics};  // the options are checked here, as when sampling here
    handover = lda_corpus_of(term_counts);
    awaiting = true;
    live = DiscoveredTopics{options.topics.lda_k, options.topics.lda_seed, 0, {}, {}};
    return;
  }
  lda = std::make_unique<LdaSampler>(term_counts, options.topics);
  if (alongside) sampler.start(*lda);
}

// Candidate pairs aligned per step: a few milliseconds, so the page keeps drawing on large corpora.
constexpr std::size_t kCandidatesPerStep = 200;

void AnalysisJob::Impl::run_overlap() {
  if (!overlap_plan) {
    overlap_plan = std::make_unique<OverlapPlan>(plan_overlap(result.corpus, options.overlap));
    next_candidate = 0;
    return;
  }
  if (alongside) {
    score_all_candidates();
  } else {
    std::size_t end = next_candidate + kCandidatesPerStep;
    score_candidates(*overlap_plan, next_candidate, end, result.overlap.pairs);
    next_candidate = end;
  }
  if (next_candidate >= overlap_plan->candidates.size()) {
    overlap_plan.reset();
    if (all_but_topics) all_but_topics(result);
    sampler.join();  // nothing reads the sampler while a second thread runs it
    stage = Stage::Sampling;
  }
}

// Every candidate pair in one step on two threads (native), in blocks of consecutive candidates whose pairs
// are joined in candidate order: the pairs the steps above list.
void AnalysisJob::Impl::score_all_candidates() {
  const std::size_t n = overlap_plan->candidates.size();
  std::vector<std::vector<OverlapPair>> blocks((n + kCandidatesPerStep - 1) / kCandidatesPerStep);
  for_each_index(blocks.size(), true, [&](std::size_t i) {
    score_candidates(*overlap_plan, i * kCandidatesPerStep, (i + 1) * kCandidatesPerStep, blocks[i]);
  });
  for (std::vector<OverlapPair>& block : blocks)
    result.overlap.pairs.insert(result.overlap.pairs.end(), std::make_move_iterator(block.begin()),
                                std::make_move_iterator(block.end()));
  next_candidate = n;
}

void AnalysisJob::Impl::run_sampling() {
  if (awaiting) return;
  if (lda && lda->run(kLdaTokensPerStep)) return;
  if (lda) result.topics.discovered = lda->result();
  lda.reset();
  stage = Stage::Done;
}

}  // namespace entente
