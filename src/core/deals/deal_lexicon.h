// The word lists behind deal rules (assets/deal_lexicon.json): trigger words with their kind and what they
// need around them, status cues in priority order, sector keywords and item boundary words.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "deal_lex.h"
#include "phrase_table.h"

namespace entente {

enum class Requirement { Verb, Money, Object, Concrete, Of, Lift, Modifier, Build, Share, Talks };

struct TriggerRule {
  std::string kind;  // agreement|investment|purchase|supply|project|exercise|trade|loan|assistance
  bool verb = false;
  Requirement requires = Requirement::Verb;
};

// A set of lower-case words, looked up by length, then by word_hash, then by bytes.
class WordSet {
 public:
  void insert(std::string_view w);
  bool contains(std::string_view w) const { return contains(w, word_hash(w)); }
  // As contains(w), given w's word_hash `h` (LexedText::hash holds it for every lexeme).
  bool contains(std::string_view w, std::uint64_t h) const;
  std::size_t size() const { return words_.size(); }

 private:
  std::uint64_t lengths_ = 0;  // bit n: some word has n bytes (n < 63), bit 63: some word is longer
  std::array<std::uint64_t, 16> hashes_{};  // bit (hash mod 1024): some word has it; most words miss
  std::vector<std::pair<std::uint64_t, std::string>> words_;  // (word_hash, word), sorted
};

struct DealLexicon {
  PhraseTable triggers;                          // phrase -> index into trigger_groups
  std::vector<std::vector<int>> trigger_groups;  // the rules sharing one spelling
  std::vector<TriggerRule> rules;
  PhraseTable blocked;     // phrases that contain a trigger but state no deal ("great deal", "build up")
  PhraseTable statistics;  // cues of a figure, not a deal ("amounting to", "used to", "every year")
  WordSet deal_verbs, lift_verbs, exercise_modifiers, abstract_objects, right_stop, left_stop;
  PhraseTable status;  // cue -> index into status_names (lower index wins)
  std::vector<std::string> status_names;
  PhraseTable sectors;  // keyword -> index into sector_names (lower index wins)
  std::vector<std::string> sector_names;
  std::vector<std::pair<std::string, std::string>> kind_sectors;  // default sector of a kind
  PhraseTable model_makers;  // a weapon or aircraft model ("Su-30", "F-16") -> index into maker_names
  std::vector<std::string> maker_names;  // the country that makes the models

  bool in(const WordSet& s, std::string_view w) const { return s.contains(w); }
  // Whether lexeme k of t (lower-cased) is in s.
  bool in(const WordSet& s, const LexedText& t, std::size_t k) const {
    return s.contains(t.low(k), t.hash[k]);
  }
  std::string default_sector(const std::string& kind) const;
};

// Builds the lexicon from the JSON text of assets/deal_lexicon.json. Throws std::runtime_error when
// malformed.
DealLexicon load_deal_lexicon(std::string_view json);

}  // namespace entente
