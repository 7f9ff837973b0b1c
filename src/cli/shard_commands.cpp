// map / features / align / reduce: files in, core calls, partials or JSON out. Messages name the file.
#include "shard_commands.h"

#include <fstream>
#include <iostream>
#include <stdexcept>

#include "ingest.h"
#include "inputs.h"
#include "overlap_shard.h"
#include "partial.h"
#include "partial_codec.h"
#include "result_stream.h"
#include "shard_map.h"
#include "shard_reduce.h"

namespace entente {
namespace {

using nlohmann::json;

// A message for the user, printed as "entente: <what>".
struct CommandError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

json read_json_file(const std::string& path) {
  std::string text;
  if (!read_whole_file(path, text)) throw CommandError("cannot read '" + path + "'");
  json j = json::parse(text, nullptr, false);
  if (j.is_discarded()) throw CommandError("'" + path + "' is not valid JSON");
  return j;
}

void write_file(const std::string& path, const std::string& bytes) {
  if (!write_whole_file(path, bytes)) throw CommandError("cannot write '" + path + "'");
}

JoinVocabulary read_vocab(const std::string& path) {
  json j = read_json_file(path);
  if (!j.is_array()) throw CommandError("'" + path + "' is not a join vocabulary (an array of hashes)");
  JoinVocabulary vocab;
  for (const json& h : j) vocab.insert(h.get<std::uint64_t>());
  return vocab;
}

int run_map(const CliArgs& a) {
  ShardMap shard = map_shard(collect_inputs(a.paths, a.options.limits), a.first_id, a.options);
  write_file(a.out_file, encode_partial(shard.partial));
  if (!a.vocab_out_file.empty()) {
    json v = {{"ok_docs", shard.ok_docs}, {"closed", shard.closed_forms}, {"joins", shard.join_queries}};
    write_file(a.vocab_out_file, v.dump() + "\n");
  }
  for (const json& d : shard.partial["docs"])
    if (!d["error"].get<std::string>().empty())
      std::cerr << "entente: " << d["name"].get<std::string>() << ": " << d["error"].get<std::string>()
                << "\n";
  return 0;
}

void append_le64(std::string& out, const std::vector<std::uint64_t>& values) {
  for (std::uint64_t v : values)
    for (int i = 0; i < 8; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xFF));
}

// Line 1: the candidate rule (JSON). Line 2: {"docs": [ids], "counts": [[shingles, prints, bigrams, words]
// per document]}. Then the features as little-endian u64, family by family (shingles, prints, bigrams,
// words), each in document order: compact, and read by the driver without parsing.
int run_features(const CliArgs& a) {
  const Corpus corpus = ingest_shard(collect_inputs(a.paths, a.options.limits), a.first_id, a.options.limits);
  const CandidateRule rule = candidate_rule(static_cast<std::size_t>(a.ok_docs), a.options.overlap);
  const std::vector<OverlapFeatures> features =
      overlap_features(corpus, a.options.overlap, read_vocab(a.join_vocab_file), rule);
  json ids = json::array(), counts = json::array();
  for (const OverlapFeatures& f : features) {
    ids.push_back(f.doc);
    counts.push_back({f.shingles.size(), f.prints.size(), f.bigrams.size(), f.words.size()});
  }
  std::string out = json{{"max_df", rule.max_df},       {"pair_df", rule.pair_df},
                         {"window", rule.window},       {"min_evidence", rule.min_evidence},
                         {"min_share", rule.min_share}, {"min_shared", rule.min_shared},
                         {"print_tag", rule.print_tag}}
                        .dump() +
                    "\n" + json{{"docs", ids}, {"counts", counts}}.dump() + "\n";
  for (const OverlapFeatures& f : features) append_le64(out, f.shingles);
  for (const OverlapFeatures& f : features) append_le64(out, f.prints);
  for (const OverlapFeatures& f : features) append_le64(out, f.bigrams);
  for (const OverlapFeatures& f : features) append_le64(out, f.words);
  write_file(a.out_file, out);
  return 0;
}

int run_align(const CliArgs& a) {
  const json task = read_json_file(a.task_file), freq = read_json_file(a.frequent_file);
  FrequentFeatures frequent;
  std::vector<std::string> paths;
  std::vector<int> ids;
  std::vector<std::pair<int, int>> pairs;
  try {
    frequent.shingles = freq.at("shingles").get<std::vector<std::uint64_t>>();
    frequent.bigrams = freq.at("bigrams").get<std::vector<std::uint64_t>>();
    frequent.words = freq.at("words").get<std::vector<std::uint64_t>>();
    for (const json& d : task.at("docs")) ids.push_back(d.at(0).get<int>()), paths.push_back(d.at(1));
    pairs = task.at("pairs").get<std::vector<std::pair<int, int>>>();
  } catch (const json::exception& e) {
    throw CommandError("malformed align task or frequent-feature file (" + std::string(e.what()) + ")");
  }
  std::vector<InputFile> inputs = collect_inputs(paths, a.options.limits);
  if (inputs.size() != ids.size()) throw CommandError("an align task names a folder; it must name files");
  Corpus corpus;
  for (std::size_t i = 0; i < inputs.size(); ++i)
    corpus.docs.push_back(ingest_file(ids[i], inputs[i], a.options.limits));
  json out = {{"kind", "pairs"}, {"pairs", json::array()}};
  try {
    for (const OverlapPair& p :
         align_shard(corpus, a.options.overlap, read_vocab(a.join_vocab_file), frequent, pairs))
      out["pairs"].push_back(encode_pair(p));
  } catch (const std::invalid_argument& e) {
    throw CommandError(a.task_file + ": " + e.what());
  }
  write_file(a.out_file, encode_partial(out));
  return 0;
}

NamedPartial read_partial(const std::string& path) {
  std::string bytes;
  if (!read_whole_file(path, bytes)) throw CommandError("cannot read partial '" + path + "'");
  try {
    return {path, decode_partial(bytes)};
  } catch (const PartialError& e) {
    throw CommandError(path + ": " + e.what());
  }
}

// The rows of `rest`, but the mentions read again from the map partials, one partial per chunk (the
// reducer did not keep them). `names` must outlive the source.
RowSource with_mentions_from(const std::vector<std::string>& names, RowSource rest) {
  std::size_t next = 0;
  return [&names, rest, next](RowArray array, RowChunk& chunk) mutable {
    if (array != RowArray::kMentions) return rest(array, chunk);
    if (next >= names.size()) return false;
    const NamedPartial p = read_partial(names[next++]);
    for (const json& x : p.payload.at("mentions")) chunk.result.deals.mentions.push_back(decode_mention(x));
    return true;
  };
}

// Partials are decoded one at a time; the JSON is written section by section, in chunks of 1,000 rows.
int run_reduce(const CliArgs& a) {
  ShardReducer reducer(false);
  for (const std::string& path : a.paths) reducer.add(read_partial(path));
  const ReducedResult r = reducer.finish(a.options.topics);
  std::ofstream file;
  if (!a.out_file.empty()) {
    file.open(a.out_file, std::ios::binary | std::ios::trunc);
    if (!file) throw CommandError("cannot write '" + a.out_file + "'");
  }
  std::ostream& out = a.out_file.empty() ? std::cout : file;
  write_json_stream(out, head_of(r.result),
                    with_mentions_from(r.map_names, rows_in_memory(r.result, r.docs, 1000)), a.indent);
  out << "\n";
  out.flush();
  if (!out)
    throw CommandError("cannot write '" + (a.out_file.empty() ? "standard output" : a.out_file) + "'");
  if (!r.result.error.empty()) throw CommandError(r.result.error);
  return 0;
}

}  // namespace

int run_shard_command(const CliArgs& args) {
  try {
    if (args.command == "map") return run_map(args);
    if (args.command == "features") return run_features(args);
    if (args.command == "align") return run_align(args);
    return run_reduce(args);
  } catch (const CommandError& e) {
    std::cerr << "entente: " << e.what() << "\n";
  } catch (const PartialError& e) {
    std::cerr << "entente: " << e.what() << "\n";
  } catch (const json::exception& e) {
    std::cerr << "entente: malformed input (" << e.what() << ")\n";
  }
  return 1;
}

}  // namespace entente
