// Deals named in general, none told (see deal_reviewed_general.h).
#include "deal_reviewed_general.h"

#include <string_view>

namespace entente {

namespace {

constexpr std::size_t kReach = 4;  // lexemes from the sentence's start to the deal noun

// "This brief reviews", "The report examines", "Our study covers": a text named as what reviews deals.
// "It covers signed accords ...", after such a text: "It" then the verb.
bool review_subject(const LexedText& t, std::size_t k, std::size_t b) {
  std::size_t v = k + 1;
  if (!t.is(k, "it")) {
    if (!in_words(t.low(k), {"this", "the", "our", "that"})) return false;
    v = k + 2;
    if (!in_words(t.low(k + 1), {"brief", "note", "report", "paper", "review", "study", "article", "analysis",
                                 "chapter", "section", "survey", "digest", "piece", "briefing", "dossier"}))
      return false;
  }
  return v < b &&
         in_words(t.low(v), {"reviews", "examines", "covers", "surveys", "summarises", "summarizes",
                             "assesses", "considers", "describes", "tracks", "lists", "maps", "explores"});
}

// "Many earlier deals", "Most such agreements", "Some past accords" opening the sentence.
bool quantified(const LexedText& t, std::size_t k, std::size_t b) {
  if (!in_words(t.low(k), {"many", "most", "some", "several", "few"})) return false;
  for (std::size_t j = k + 1; j < b; ++j)
    if (!in_words(t.low(j),
                  {"earlier", "past", "previous", "such", "similar", "of", "these", "those", "the"}))
      return false;
  return true;
}

}  // namespace

bool reviewed_in_general(const LexedText& t, LexRange sentence, std::size_t b) {
  std::string_view n = t.low(b);
  if (b >= sentence.e || n.size() < 4 || n.back() != 's') return false;
  std::size_t k = sentence.b;
  if (t.is(k, "but") || t.is(k, "and") || t.is(k, "yet")) ++k;
  if (b < k + 2 || b > k + kReach + 1) return false;
  if (review_subject(t, k, b)) return true;
  for (std::size_t j = sentence.b; j < sentence.e; ++j)
    if (t.lex[j].kind == LexKind::Number) return false;  // "Many deals worth $2 billion ..." counts them
  return quantified(t, k, b);
}

}  // namespace entente
