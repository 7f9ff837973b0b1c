// Unreal conditions and modal perfects anywhere in a sentence (see deal_counterfactual_clause.h).
#include "deal_counterfactual_clause.h"

#include <string_view>

namespace entente {
namespace {

constexpr std::size_t kClause = 25;  // lexemes searched back for "if": a condition is a short clause

bool clause_break(const LexedText& t, std::size_t k) {
  return t.is(k, ",") || t.is(k, ";") || t.is(k, ":") || t.is(k, "(") || t.is(k, ")");
}

bool modal(std::string_view w) {
  return w == "should" || w == "could" || w == "would" || w == "might";
}

bool past_form(std::string_view w) {
  if (w.size() > 3 && w.substr(w.size() - 2) == "ed") return true;
  for (std::string_view p : {"bought", "sold", "lent", "built", "paid", "made", "took", "won", "struck",
                             "sent", "gave", "got", "chose"})
    if (w == p) return true;
  return false;
}

// "If Egypt bought jets from Russia, Washington would ...": the clause after the condition's comma holds
// "would", "could" or "might" within twelve lexemes.
bool modal_main_after(const LexedText& t, LexRange sentence, std::size_t b) {
  std::size_t k = b;
  while (k < sentence.e && k < b + kClause && !t.is(k, ",")) ++k;
  for (std::size_t j = k + 1; j < sentence.e && j < k + 12; ++j)
    if (t.is(j, "would") || t.is(j, "could") || t.is(j, "might")) return true;
  return false;
}

// "if Peru had bought", "if Chile ever agreed", "if Peru were to buy", "Even if Brazil signed the deal
// tomorrow, deliveries would take years": an "if" in b's clause whose verb before b is unreal (a past form
// with "would" in the main clause after the comma).
bool unreal_if(const LexedText& t, LexRange sentence, std::size_t b) {
  for (std::size_t k = b; k > sentence.b && k + kClause > b; --k) {
    std::size_t w = k - 1;
    if (clause_break(t, w)) return false;
    if (!t.is(w, "if")) continue;
    bool past = false;
    for (std::size_t j = w + 1; j <= b && j < sentence.e; ++j) {
      if (t.is(j, "had") || t.is(j, "ever") || (t.is(j, "were") && t.is(j + 1, "to"))) return true;
      past |= past_form(t.low(j));
    }
    return past && modal_main_after(t, sentence, b);
  }
  return false;
}

// "Were Japan to lend Kenya $1 billion, ...", "Imagine Nigeria buying a plant from Russia: ...": a sentence
// opening on an inverted condition or on "imagine" / "suppose", with b before its first comma or colon.
bool opening_supposition(const LexedText& t, LexRange sentence, std::size_t b) {
  std::size_t o = sentence.b;
  if (t.is(o, "but") || t.is(o, "and") || t.is(o, "now") || t.is(o, "just")) ++o;
  bool were_to = t.is(o, "were") && o + 2 < b && t.capitalized(o + 1);
  if (!were_to && !t.is(o, "imagine") && !t.is(o, "suppose") && !t.is(o, "picture")) return false;
  for (std::size_t k = o + 1; k < b; ++k)
    if (clause_break(t, k)) return false;
  return b > o + 1;
}

// "instead", "not", "surely": one word that may stand between a modal and "have".
bool adverb(std::string_view w) {
  return w == "instead" || w == "not" || w == "never" || w == "also" || w == "easily" ||
         (w.size() > 4 && w.substr(w.size() - 2) == "ly");
}

// "should have bought", "could instead have signed a deal": "have" after a modal (an adverb may come between)
// at most four lexemes before b, in the same clause, with no infinitive between.
bool modal_perfect(const LexedText& t, LexRange sentence, std::size_t b) {
  for (std::size_t k = b; k > sentence.b + 1 && k + 5 > b; --k) {
    std::size_t w = k - 1;
    if (clause_break(t, w) || t.is(w, "to")) return false;  // "would have allowed firms to lease" tells a law
    if (!t.is(w, "have")) continue;
    if (modal(t.low(w - 1))) return true;
    return w >= sentence.b + 2 && adverb(t.low(w - 1)) && modal(t.low(w - 2));
  }
  return false;
}

bool idea_noun(std::string_view w) {
  return w == "idea" || w == "notion" || w == "prospect" || w == "dream" || w == "fantasy" ||
         w == "suggestion" || w == "speculation";
}

// "Likewise, the idea that ...": the noun at n opens its clause as subject ("floated the idea that Peru could
// buy ..." is a proposal, judged by the status cues).
bool subject_start(const LexedText& t, LexRange sentence, std::size_t n) {
  if (n < sentence.b + 1 || !t.is(n - 1, "the")) return false;
  std::size_t p = n - 1;
  return p == sentence.b || t.lex[p - 1].kind == LexKind::Punct || t.is(p - 1, "but") || t.is(p - 1, "and");
}

// "the idea that Uzbekistan could ship copper to Europe": b in a "that" clause after a noun of ideas, with a
// modal between "that" and b, the noun opening its clause.
bool idea_content(const LexedText& t, LexRange sentence, std::size_t b) {
  bool modal_seen = false;
  for (std::size_t k = b; k > sentence.b + 1 && k + kClause > b; --k) {
    std::size_t w = k - 1;
    if (clause_break(t, w)) return false;
    modal_seen |= modal(t.low(w)) || t.is(w, "may");
    if (t.is(w, "that")) return modal_seen && idea_noun(t.low(w - 1)) && subject_start(t, sentence, w - 1);
  }
  return false;
}

// "It is hard to see Argentina buying JF-17 jets", "one cannot imagine Chile selling lithium": a gerund
// trigger after a doubted "see" or "imagine" in its clause.
bool doubted_prospect(const LexedText& t, LexRange sentence, std::size_t b) {
  std::string_view g = t.low(b);
  if (g.size() < 5 || g.substr(g.size() - 3) != "ing") return false;
  for (std::size_t k = b; k > sentence.b + 2 && k + 12 > b; --k) {
    std::size_t w = k - 1;
    if (clause_break(t, w)) return false;
    if (!t.is(w, "see") && !t.is(w, "imagine") && !t.is(w, "envisage")) continue;
    std::string_view p = t.low(w - 1), q = t.low(w - 2);
    bool hard = p == "to" && (q == "hard" || q == "difficult" || q == "impossible");
    return hard || p == "cannot" || (p == "n't" && q == "ca") || (p == "not" && q == "can");
  }
  return false;
}

}  // namespace

bool counterfactual_clause(const LexedText& t, LexRange sentence, std::size_t b) {
  return unreal_if(t, sentence, b) || modal_perfect(t, sentence, b) || idea_content(t, sentence, b) ||
         opening_supposition(t, sentence, b) || doubted_prospect(t, sentence, b);
}

}  // namespace entente
