// A sentence whose subject names the deal just told again (see deal_definite_reference.h).
#include "deal_definite_reference.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>

namespace entente {
namespace {

constexpr std::size_t kMaxModifiers = 2;  // "The tank contract", "The new rail loan"

bool deal_noun(std::string_view w) {
  return in_words(
      w, {"loan", "credit", "contract", "deal", "agreement", "order", "purchase", "sale", "investment"});
}

// "The plant": a facility the deal just told was for, named in its item (not "The project" after a loan
// its evidence merely calls a project).
bool facility_noun(std::string_view w) {
  return in_words(w, {"plant", "factory", "pipeline", "terminal", "refinery", "project"});
}

// "signed", "from", ",": what may follow the subject noun.
bool after_subject(std::string_view w) {
  return in_words(w, {",", "from", "with", "between", "for", "is", "was", "will", "would", "has", "had",
                      "also", "covers", "includes", "gives", "gave"});
}

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

// The word (or the noun "loan" for a loan, or for an agreement "to lend") is in what `prev` told; "new"
// restates any deal just told ("the new loan").
bool told(const Deal& prev, const std::string& evidence, std::string_view w) {
  if (w == prev.kind || w == "new") return true;
  if (w == "loan" && evidence.find(" lend") != std::string::npos) return true;
  return evidence.find(w) != std::string::npos || lower(prev.item).find(w) != std::string::npos;
}

// "Indonesian officials said the contract includes ...": the lexeme after a short opening sayer ("X said",
// "officials added that"), or b when the sentence has none.
std::size_t past_sayer(const LexedText& t, std::size_t b, std::size_t e) {
  constexpr std::size_t kSayerWords = 4;  // "Indonesian defence ministry officials"
  for (std::size_t k = b + 1; k < e && k <= b + kSayerWords; ++k) {
    if (t.lex[k - 1].kind != LexKind::Word) return b;
    if (in_words(t.low(k), {"said", "says", "added", "noted", "confirmed"}))
      return t.is(k + 1, "that") ? k + 2 : k + 1;
  }
  return b;
}

}  // namespace

bool definite_reference(const FillContext& f, const DealDraft& d, const Deal& prev) {
  const LexedText& t = f.m.lexed;
  std::size_t b = d.sentence.b;
  if (t.is(b, "according") && t.is(b + 1, "to")) b += 2;
  if (!t.is(b, "the")) b = past_sayer(t, b, d.sentence.e);
  if (!t.is(b, "the")) return false;
  std::size_t n = b + 1;
  while (n < d.sentence.e && n <= b + 1 + kMaxModifiers && !deal_noun(t.low(n)) && !facility_noun(t.low(n)))
    ++n;
  if (n >= d.sentence.e || n > b + 1 + kMaxModifiers || d.trigger < n) return false;
  if (!after_subject(t.low(n + 1))) return false;
  std::string evidence = lower(prev.evidence.text);
  if (facility_noun(t.low(n)) ? lower(prev.item).find(t.low(n)) == std::string::npos
                              : !told(prev, evidence, t.low(n)))
    return false;
  for (std::size_t k = b + 1; k < n; ++k) {  // "The Mombasa Port project": the facility's own words
    std::string_view w = t.low(k);
    if (w.size() < 3 || !std::isalpha(static_cast<unsigned char>(w[0])) ||
        (facility_noun(t.low(n)) ? lower(prev.item).find(w) == std::string::npos : !told(prev, evidence, w)))
      return false;
  }
  for (std::size_t k = n; k < d.sentence.e; ++k)  // "was expanded with an additional $40 million": a change
    if (in_words(t.low(k), {"additional", "extra", "further", "expanded", "topped", "raised", "increased"}))
      return false;
  for (std::string_view c : countries_in(f, d.sentence))
    if (std::find(prev.parties.begin(), prev.parties.end(), c) == prev.parties.end()) return false;
  return true;
}

}  // namespace entente
