// Normalization for phrase matching: folds spelling variants (co-operation/cooperation, U.S./US, -ise/-ize,
// -our/-or, plurals) into one form per word while every match token keeps its source token index.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "text.h"

namespace entente {

// Flags of one match token.
enum MatchFlag : std::uint8_t {
  kMatchStop = 1,    // a function word ("the", "of"): never enough on its own to resync an alignment
  kMatchMasked = 2,  // inside a stock line ("Leave a Reply"): never matches anything
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

// Memo from a token's lower-cased form to its match tokens (hash, flags), valid for one JoinVocabulary. Keyed
// by the form's 64-bit hash, which (as for every match token) stands for the form: an open-addressing table
// of slots into one flat array of match tokens. plan_overlap() normalizes the corpus three times, a few
// million lookups for a thousand documents; a node map of strings spent most of that time on cache misses.
class NormalizeCache {
 public:
  using Form = std::pair<std::uint64_t, std::uint8_t>;
  // Room for `expected_forms` forms is taken at once, before the caller's big allocations, so that the table
  // rarely grows in the middle of them (a block reallocated there can split free space a big sort needs).
  explicit NormalizeCache(std::size_t expected_forms = 0);
  // The match tokens of the form hashed `hash`, each call of `make(out)` appending them on the first lookup.
  // The pointers stay valid until the next call.
  template <class Make>
  std::pair<const Form*, const Form*> get(std::uint64_t hash, const Make& make) {
    if (2 * (used_ + 1) > slots_.size()) grow();
    std::size_t i = hash & (slots_.size() - 1);
    while (slots_[i].hash != 0 && slots_[i].hash != hash) i = (i + 1) & (slots_.size() - 1);
    Slot& slot = slots_[i];
    if (slot.hash == 0) {
      slot = {hash, static_cast<std::uint32_t>(forms_.size()), 0};
      make(forms_);
      slot.count = static_cast<std::uint32_t>(forms_.size() - slot.first);
      ++used_;
    }
    return {forms_.data() + slot.first, forms_.data() + slot.first + slot.count};
  }

 private:
  struct Slot {
    std::uint64_t hash;  // 0: empty (hash_bytes() never returns 0)
    std::uint32_t first, count;
  };
  void grow();

  std::vector<Slot> slots_;
  std::vector<Form> forms_;
  std::size_t used_ = 0;
};

// Word and number tokens of `doc` as match tokens; "n't" becomes "not", other clitics, punctuation and
// symbols are dropped. No token is masked here (see mark_stock_lines). `cache`, when given, must belong to
// `vocab`; it only saves time.
MatchSeq normalize_for_matching(const Document& doc, const JoinVocabulary& vocab,
                                NormalizeCache* cache = nullptr);

}  // namespace entente
