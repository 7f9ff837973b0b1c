// map_shard + reduce_partials: shards of a corpus merge into analyze()'s result; shards that do not fit
// together are refused. (Overlap across shards runs through overlap_shard; see tests/cluster_test.sh.)
#include "shard_reduce.h"

#include <catch2/catch.hpp>

#include "lda.h"
#include "partial.h"
#include "shard_map.h"
#include "term_stats.h"
#include "test_corpus.h"

using entente::AnalysisOptions;
using entente::InputFile;
using entente::NamedPartial;
using entente::PartialError;

namespace {

std::vector<InputFile> inputs() {
  return {InputFile{"a.txt", "Russia and Pakistan signed a gas pipeline deal worth $2 billion in 2015.", ""},
          InputFile{"b.txt", "Pakistan bought four Mi-35 helicopters from Russia in 2017.", ""},
          InputFile{"bad.bin", std::string("\0\0\0", 3), ""},
          InputFile{"c.txt", "The gas pipeline deal between Russia and Pakistan is worth $2.5 billion.", ""},
          InputFile{"d.txt", "Joint military exercises between Russia and Pakistan began in 2016.", ""}};
}

AnalysisOptions options() {
  AnalysisOptions o;
  o.topics.lda_iterations = 20;
  return o;
}

// Map partials of `in` cut at `cuts` (first ids), passed through the file format.
std::vector<NamedPartial> shards(const std::vector<InputFile>& in, const std::vector<std::size_t>& cuts) {
  std::vector<NamedPartial> out;
  for (std::size_t s = 0; s < cuts.size(); ++s) {
    const std::size_t end = s + 1 < cuts.size() ? cuts[s + 1] : in.size();
    std::vector<InputFile> part(in.begin() + cuts[s], in.begin() + end);
    auto bytes = entente::encode_partial(entente::map_shard(part, int(cuts[s]), options()).partial);
    out.push_back({"shard" + std::to_string(s), entente::decode_partial(bytes)});
  }
  return out;
}

std::string reduced_json(std::vector<NamedPartial> parts) {
  entente::ReducedResult r = entente::reduce_partials(std::move(parts), options().topics);
  return entente::to_json_text(r.result, r.docs, 1);
}

std::string reduce_error(std::vector<NamedPartial> parts) {
  try {
    entente::reduce_partials(std::move(parts), options().topics);
  } catch (const PartialError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("shards merged in any order give analyze's JSON (overlap pairs aside: no align partial given)") {
  entente::AnalysisResult analyzed = entente::analyze(inputs(), options());
  REQUIRE_FALSE(analyzed.overlap.pairs.empty());
  analyzed.overlap.pairs.clear();
  const std::string whole = entente::to_json_text(analyzed);
  CHECK(reduced_json(shards(inputs(), {0, 2, 3})) == whole);
  auto parts = shards(inputs(), {0, 1, 4});
  std::swap(parts[0], parts[2]);
  CHECK(reduced_json(std::move(parts)) == whole);
}

TEST_CASE("a deal told in two shards is grouped and its differing value flagged") {
  auto r = entente::reduce_partials(shards(inputs(), {0, 2}), options().topics);
  const auto& deals = r.result.deals.deals;
  REQUIRE(deals.size() >= 2);
  const auto& first = deals.front();
  CHECK(first.doc == 0);
  bool grouped = false;
  for (const auto& d : deals) grouped |= d.doc == 3 && d.group == first.group;
  CHECK(grouped);
  CHECK_FALSE(first.conflicts.empty());
}

TEST_CASE("missing, repeated and mismatched shards are refused") {
  auto parts = shards(inputs(), {0, 2, 3});
  CHECK_THAT(reduce_error({parts[0], parts[2]}), Catch::Contains("documents 2 to 2 are in no partial"));
  CHECK_THAT(reduce_error({parts[0], parts[0], parts[1], parts[2]}), Catch::Contains("already holds"));
  auto other = parts;
  other[1].payload["overlap"]["shingle"] = 4;
  CHECK_THAT(reduce_error(other), Catch::Contains("another overlap option"));
  other = parts;
  other[2].payload["kind"] = "features";
  CHECK_THAT(reduce_error(other), Catch::Contains("of kind 'features'"));
  other = parts;
  other[1].payload["docs"][0].erase("terms");
  CHECK_THAT(reduce_error(other), Catch::Contains("shard1: malformed partial"));
}

TEST_CASE("term counts per document rebuild the corpus's LDA input and term statistics") {
  const entente::Corpus c =
      corpus_of({"Gas and oil; gas pipelines.", "", "Oil prices and gas exports rose."});
  const auto stop = entente::StopWords::english();
  std::vector<entente::DocTermCounts> counts;
  for (const auto& d : c.docs) counts.push_back(entente::count_doc_terms(d, stop));
  const entente::LdaCorpus direct = entente::make_lda_corpus(c, stop),
                           merged = entente::lda_corpus_of(counts);
  CHECK(merged.vocab == direct.vocab);
  CHECK(merged.docs == direct.docs);
  CHECK(merged.tokens == direct.tokens);
  CHECK(counts[0].terms == std::vector<std::string>{"gas", "oil", "pipelines"});
  CHECK(counts[0].counts == std::vector<int>{2, 1, 1});
}

TEST_CASE("a reducer taking partials one by one can leave the mentions to be read again") {
  auto parts = shards(inputs(), {0, 2, 3});
  std::swap(parts[0], parts[1]);
  entente::ShardReducer keeping, dropping(false);
  for (const NamedPartial& p : parts) keeping.add(p), dropping.add(p);
  const entente::ReducedResult kept = keeping.finish(options().topics),
                               dropped = dropping.finish(options().topics);
  CHECK_FALSE(kept.result.deals.mentions.empty());
  CHECK(dropped.result.deals.mentions.empty());
  CHECK(dropped.map_names == std::vector<std::string>{"shard0", "shard1", "shard2"});
  CHECK(dropped.result.deals.deals.size() == kept.result.deals.deals.size());
  CHECK(dropped.docs.size() == 5);
}
