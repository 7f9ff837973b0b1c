// Normalization for phrase matching: folds spelling variants (co-operation/cooperation, U.S./US, -ise/-ize,
// -our/-or, plurals) into one form per word while every match token keeps its source token index.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "form_memo.h"
#include "text.h"

namespace entente {

// Flags of one match token.
enum MatchFlag : std::uint8_t {
  kMatchStop = 1,    // a function word ("the", "of"): never enough on its own to resync an alignment
  kMatchMasked = 2,  // inside a stock line ("Leave a Reply"): never matches anything
  kMatchQuoted = 4,  // inside a quotation (quoted_speech.h): matches, but a pair's coverage sets it aside
};

// A document as a sequence of normalized words. All vectors have the same length.
struct MatchSeq {
  std::vector<std::uint32_t> token;  // index into Document::tokens (split hyphenated words repeat it)
  std::vector<std::uint64_t> word;   // hash of the normalized form
  std::vector<std::uint8_t> flags;   // MatchFlag bits

  std::size_t size() const { return word.size(); }
  bool usable(std::size_t i) const { return (flags[i] & kMatchMasked) == 0; }
};

// Hashes of the closed (unhyphenated) word forms of the corpus. A hyphenated word whose joined form is in the
// set is matched as one word ("co-operation" when some document writes "cooperation"), otherwise as its parts
// ("object-oriented" = "object oriented"). Only membership is ever queried.
using JoinVocabulary = std::unordered_set<std::uint64_t>;

// Returns the matching form of one lower-cased word without hyphens: drops dots and apostrophes ("u.s." ->
// "us"), digit-group commas, maps British to American spelling and strips a plural "s". May return "".
std::string normalize_word(std::string_view lower);

// True for English function words (given a normalized form).
bool is_stopword(std::string_view form);

// Collects the closed forms of every successful document of the corpus.
JoinVocabulary build_join_vocabulary(const Corpus& corpus);

// The hashes normalize_for_matching() looks up in a JoinVocabulary for the successful documents of `corpus`
// (joined forms of its hyphenated words), sorted and unique. A shard's documents normalize as they would in
// the whole corpus given only the whole corpus's vocabulary restricted to these.
std::vector<std::uint64_t> join_queries(const Corpus& corpus);

// Memo from a token's lower-cased form to its match tokens (hash, flags), valid for one JoinVocabulary.
// plan_overlap() normalizes the corpus three times: a few million lookups for a thousand documents.
using NormalizeCache = FormMemo<std::pair<std::uint64_t, std::uint8_t>>;

// Word and number tokens of `doc` as match tokens; "n't" becomes "not", other clitics, punctuation and
// symbols are dropped. No token is masked here (see mark_stock_lines). `cache`, when given, must belong to
// `vocab`; it only saves time.
MatchSeq normalize_for_matching(const Document& doc, const JoinVocabulary& vocab,
                                NormalizeCache* cache = nullptr);

}  // namespace entente
