// The pipeline: input order, per-file errors that stop nothing else, limits, determinism, stepping.
#include "analysis.h"

#include <catch2/catch.hpp>
#include <map>
#include <string>

#include "ingest.h"
#include "overlap_plan.h"
#include "result_json.h"

using entente::AnalysisOptions;
using entente::InputFile;

namespace {

std::vector<InputFile> sample_inputs() {
  return {InputFile{"b.txt", "Russia and Pakistan signed a gas deal. It is worth $2 billion.", ""},
          InputFile{"bad.bin", std::string("\0\0\0", 3), ""},
          InputFile{"a.txt", "Pakistan bought helicopters from Russia in 2017.", ""}};
}

AnalysisOptions quick_options() {
  AnalysisOptions o;
  o.topics.lda_iterations = 5;
  return o;
}

}  // namespace

TEST_CASE("documents keep input order and ids") {
  auto r = entente::analyze(sample_inputs(), quick_options());
  REQUIRE(r.corpus.docs.size() == 3);
  CHECK(r.corpus.docs[0].name == "b.txt");
  CHECK(r.corpus.docs[2].name == "a.txt");
  CHECK(r.corpus.docs[2].id == 2);
}

TEST_CASE("a broken file gets an error and the others are analyzed") {
  auto r = entente::analyze(sample_inputs(), quick_options());
  CHECK_THAT(r.corpus.docs[1].error, Catch::Contains("binary"));
  CHECK(r.corpus.docs[0].tokens.size() > 5);
  CHECK(r.corpus.docs[2].sentences.size() == 1);
}

TEST_CASE("the corpus size limit skips files past it with a clear error") {
  AnalysisOptions o = quick_options();
  o.limits.max_total_bytes = 70;
  auto r = entente::analyze(sample_inputs(), o);
  CHECK(r.corpus.docs[0].ok());
  CHECK_THAT(r.corpus.docs[2].error, Catch::Contains("corpus size limit"));
}

TEST_CASE("the same input gives the same JSON bytes") {
  auto a = entente::to_json_text(entente::analyze(sample_inputs(), quick_options()));
  auto b = entente::to_json_text(entente::analyze(sample_inputs(), quick_options()));
  CHECK(a == b);
  CHECK(a.find("\"version\": 3") != std::string::npos);
}

TEST_CASE("the job reports monotonic progress and finishes") {
  entente::AnalysisJob job(sample_inputs(), quick_options());
  double last = job.progress();
  int steps = 0;
  while (job.step()) {
    CHECK(job.progress() >= last);
    last = job.progress();
    ++steps;
  }
  CHECK(job.done());
  CHECK(job.progress() == 1.0);
  CHECK(steps >= 3);
  CHECK(job.result().corpus.docs.size() == 3);
}

TEST_CASE("an empty input list gives an empty, valid result") {
  auto r = entente::analyze({}, quick_options());
  CHECK(r.corpus.docs.empty());
  CHECK(entente::to_json(r)["documents"].empty());
}

// Regression (issue 13): a file over the per-file limit was refused with the corpus-limit message.
TEST_CASE("the per-file limit is checked before the corpus and file-count limits") {
  AnalysisOptions o = quick_options();
  o.limits.max_file_bytes = 40;
  o.limits.max_total_bytes = 60;
  o.limits.max_files = 4;
  std::string ok = "India and Japan signed a deal.";  // 30 bytes
  std::vector<InputFile> in = {InputFile{"a.txt", ok, ""}, InputFile{"huge.txt", std::string(500, 'x'), ""},
                               InputFile{"b.txt", ok, ""}, InputFile{"c.txt", ok, ""},
                               InputFile{"d.txt", ok, ""}};
  auto r = entente::analyze(in, o);
  REQUIRE(r.corpus.docs.size() == 5);
  CHECK(r.corpus.docs[0].error.empty());
  CHECK_THAT(r.corpus.docs[1].error, Catch::StartsWith("file too large"));
  CHECK(r.corpus.docs[1].bytes == 500);
  CHECK(r.corpus.docs[2].error.empty());
  CHECK_THAT(r.corpus.docs[3].error, Catch::StartsWith("corpus size limit reached"));
  CHECK_THAT(r.corpus.docs[4].error, Catch::StartsWith("file count limit reached (4 files"));
  CHECK(r.corpus.docs[4].name == "d.txt");

  InputFile unread{"big.txt", "", entente::too_large_error(300u << 20, o.limits), 300u << 20};
  auto u = entente::analyze({unread}, o);
  CHECK(u.corpus.docs[0].bytes == (300u << 20));
  CHECK_THAT(u.corpus.docs[0].error, Catch::Contains("300.0 MB"));
}

TEST_CASE("stage progress counts files, then sweeps; discovered topics grow while sampling") {
  entente::AnalysisJob job(sample_inputs(), quick_options());
  const entente::StageProgress first = job.stage_progress();
  CHECK(std::string(first.unit) == "files");
  CHECK(first.done == 0);
  CHECK(first.total == 3);
  job.step();
  CHECK(job.stage_progress().done == 1);
  int sweeps_seen = -1;
  while (job.step()) {
    const entente::StageProgress p = job.stage_progress();
    if (std::string(p.unit) != "sweeps") continue;
    CHECK(p.total == 5);
    CHECK(static_cast<int>(p.done) >= sweeps_seen);
    sweeps_seen = static_cast<int>(p.done);
    CHECK(job.discovered().iterations == sweeps_seen);
  }
  CHECK(sweeps_seen >= 0);
  CHECK(job.discovered().iterations == 5);
}

TEST_CASE("sampling on a second thread gives the same result as sampling in steps") {
  AnalysisOptions o = quick_options();
  o.topics.lda_iterations = 40;
  entente::AnalysisJob stepped(sample_inputs(), o);
  while (stepped.step()) {
  }
  const std::string alone = entente::to_json_text(stepped.take_result());
  CHECK(alone == entente::to_json_text(entente::analyze(sample_inputs(), o)));  // analyze(): second thread
  CHECK(alone.find("\"iterations\": 40") != std::string::npos);
}

// Paragraph k of shared_paragraph_inputs(): 24 made-up words, a sequence no other k gives.
std::string made_up_paragraph(int k) {
  const char* syllables[] = {"ba", "ko", "ri", "su", "te", "ne", "mo", "la", "pi", "du"};
  std::string out;
  for (int j = 0; j < 24; ++j) {
    const int w = (k * 37 + j * 11) % 97;
    out += std::string(" ") + syllables[w % 10] + syllables[w / 10] + (j % 8 == 7 ? "." : "");
  }
  return out;
}

// 60 short reports, each with a deal and two paragraphs it shares with others (one in 10 documents, one
// in 6): more candidate pairs than one block of the overlap stage, so both threads of analyze() take part
// in each stage.
std::vector<InputFile> shared_paragraph_inputs() {
  const char* countries[] = {"Chile", "Peru", "Kenya", "Japan", "Egypt", "Spain", "Ghana", "Nepal"};
  std::vector<InputFile> files;
  for (int i = 0; i < 60; ++i) {
    const std::string a = countries[i % 8], b = countries[(i / 8 + i + 1) % 8];
    files.push_back({"r" + std::to_string(100 + i) + ".txt",
                     a + " agreed to buy " + std::to_string(i + 2) + " patrol boats from " + b + " for $" +
                         std::to_string(i + 1) + "0 million in 2021." + made_up_paragraph(i % 6) +
                         made_up_paragraph(6 + (i / 6) % 10),
                     ""});
  }
  return files;
}

TEST_CASE("deals and overlap on two threads give the same result as in steps") {
  AnalysisOptions o = quick_options();
  entente::AnalysisJob stepped(shared_paragraph_inputs(), o);
  while (stepped.step()) {
  }
  const entente::AnalysisResult alone = stepped.take_result();
  CHECK(alone.deals.deals.size() >= 60);
  CHECK(entente::plan_overlap(alone.corpus, o.overlap).candidates.size() > 300);  // over one block
  CHECK(alone.overlap.pairs.size() > 300);
  CHECK(entente::to_json_text(alone) ==
        entente::to_json_text(entente::analyze(shared_paragraph_inputs(), o)));
}

TEST_CASE("sections written while the second thread samples give the same JSON as written at the end") {
  AnalysisOptions o = quick_options();
  o.topics.lda_iterations = 40;
  entente::AnalysisJob job(sample_inputs(), o);
  job.run_on_two_threads();
  int calls = 0;
  std::map<int, std::map<std::string, std::string>> ahead;  // indent -> key -> text
  job.on_all_but_topics([&](const entente::AnalysisResult& r) {
    ++calls;
    CHECK(r.topics.discovered.topics.empty());  // before the topics
    CHECK_FALSE(r.deals.deals.empty());
    for (int indent : {-1, 1, 2})
      for (const char* key : {"documents", "mentions", "deals", "overlap"})
        ahead[indent][key] = entente::ahead_section_text(r, key, indent);
  });
  while (job.step()) {
  }
  const entente::AnalysisResult result = job.take_result();
  CHECK(calls == 1);
  CHECK_FALSE(result.topics.discovered.topics.empty());
  std::vector<entente::DocumentSummary> docs;
  for (const entente::Document& d : result.corpus.docs) docs.push_back(entente::summarize(d));
  for (int indent : {-1, 1, 2}) {
    CAPTURE(indent);
    CHECK(entente::to_json_text(result, docs, indent, ahead[indent]) ==
          entente::to_json_text(result, indent));
  }
  // A text taken as it is: a wrong one shows.
  ahead[-1]["deals"] = "[]";
  CHECK(entente::to_json_text(result, docs, -1, ahead[-1]) != entente::to_json_text(result, -1));
}

TEST_CASE("a job dropped while its second thread samples stops that thread") {
  AnalysisOptions o = quick_options();
  o.topics.lda_iterations = 1000000;
  o.topics.lda_tolerance = 0;  // never converges: only the job's end stops the thread
  auto job = std::make_unique<entente::AnalysisJob>(sample_inputs(), o);
  job->run_on_two_threads();
  while (std::string(job->stage()) != "Finding deals") job->step();
  job.reset();  // must return: the sampler stops after its current slice
  CHECK(job == nullptr);
}

TEST_CASE("sampling elsewhere: the job hands over the sampler's input and waits for the topics") {
  AnalysisOptions o = quick_options();
  o.topics.lda_iterations = 40;
  const std::string here = entente::to_json_text(entente::analyze(sample_inputs(), o));

  entente::AnalysisJob job(sample_inputs(), o);
  job.sample_elsewhere();
  std::optional<entente::LdaCorpus> input;
  while (!input) {
    REQUIRE(job.step());
    input = job.take_sampler_corpus();
  }
  CHECK_FALSE(job.take_sampler_corpus());  // handed over once
  while (!job.waiting_for_topics()) REQUIRE(job.step());
  CHECK(job.step());  // waits: no amount of stepping finishes the job
  CHECK(std::string(job.stage()) == "Discovering topics");

  entente::LdaSampler elsewhere(std::move(*input), o.topics);  // what the other worker does
  elsewhere.sweep();
  job.provide_discovered(elsewhere.result(), false);
  CHECK(job.stage_progress().done == 1);
  CHECK(job.discovered().iterations == 1);
  job.stop_sampling();  // does not end the wait
  CHECK(job.waiting_for_topics());
  while (elsewhere.sweep()) {
  }
  job.provide_discovered(elsewhere.result(), true);
  CHECK_FALSE(job.step());
  CHECK(entente::to_json_text(job.take_result()) == here);
}

TEST_CASE("sampling elsewhere with lda_k 0 hands nothing over and never waits") {
  AnalysisOptions o = quick_options();
  o.topics.lda_k = 0;
  entente::AnalysisJob job(sample_inputs(), o);
  job.sample_elsewhere();
  while (job.step()) CHECK_FALSE(job.take_sampler_corpus());
  CHECK(job.result().topics.discovered.k == 0);
}

TEST_CASE("reading files on two threads admits the same files as reading them one by one") {
  std::vector<InputFile> inputs;
  for (int i = 0; i < 9; ++i)
    inputs.push_back(InputFile{"f" + std::to_string(i) + ".txt",
                               "India and Japan signed rail deal number " + std::to_string(i) + ".", ""});
  inputs[3].bytes.assign(300, 'x');  // over the per-file limit below: its own error, the corpus goes on
  AnalysisOptions o = quick_options();
  o.limits.max_file_bytes = 200;
  o.limits.max_total_bytes = 250;  // about five of the small files
  o.limits.max_files = 8;          // the ninth file is listed, not read
  entente::AnalysisJob stepped(inputs, o);
  while (stepped.step()) {
  }
  const entente::AnalysisResult one = stepped.take_result();
  const entente::AnalysisResult two = entente::analyze(inputs, o);  // two threads
  CHECK(entente::to_json_text(one) == entente::to_json_text(two));
  CHECK_THAT(two.corpus.docs[3].error, Catch::Contains("too large"));
  CHECK_THAT(two.corpus.docs[7].error, Catch::Contains("corpus size limit"));
  CHECK_THAT(two.corpus.docs[8].error, Catch::Contains("files"));
  CHECK(two.corpus.docs[4].ok());
}
