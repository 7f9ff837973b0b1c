// "no new loan has been announced": a deal negated by "no" before it (see deal_no_subject.h).
#include "deal_no_subject.h"

#include <string_view>

#include "deal_item_words.h"

namespace entente {
namespace {

bool auxiliary(std::string_view w) {
  for (std::string_view a : {"can", "could", "will", "would", "may", "might", "has", "have", "had", "did",
                             "does", "do", "is", "are", "was", "were", "should", "must"})
    if (w == a) return true;
  return false;
}

bool idiom_after_no(std::string_view w) {
  return w == "fewer" || w == "less" || w == "more" || w == "doubt" || w == "longer" || w == "matter" ||
         w == "sooner" || w == "later" || w == "than" || w == "one";
}

// A word of the negated noun phrase: not an article, not a past form, not a verb helper.
bool phrase_word(const LexedText& t, std::size_t k) {
  if (t.lex[k].kind != LexKind::Word && !t.is(k, "-")) return false;
  std::string_view w = t.low(k);
  bool past = w.size() > 3 && w.substr(w.size() - 2) == "ed";
  return !past && !auxiliary(w) && w != "the" && w != "a" && w != "an" && w != "that" && w != "which" &&
         w != "to";
}

// "has no plans to buy", "no immediate plan to sell", "no intention to order": a plan denied.
bool no_plan(const LexedText& t, LexRange sentence, std::size_t b) {
  if (b < sentence.b + 3 || !t.is(b - 1, "to")) return false;
  std::string_view p = t.low(b - 2);
  if (p != "plans" && p != "plan" && p != "intention" && p != "intentions") return false;
  return t.is(b - 3, "no") ||
         (b >= sentence.b + 4 && t.is(b - 4, "no") && t.lex[b - 3].kind == LexKind::Word);
}

// "no" opens the noun phrase ending at `end` (at most six words back).
bool no_phrase_before(const LexedText& t, LexRange sentence, std::size_t end) {
  for (std::size_t k = end; k > sentence.b && k + 7 > end; --k) {
    std::size_t w = k - 1;
    if (t.is(w, "no")) return w + 1 < end && !idiom_after_no(t.low(w + 1));
    if (!phrase_word(t, w)) return false;
  }
  return false;
}

// "no Turkish firm can offer the full package": the object of a verb after a helper, back to the helper.
std::size_t helper_before_object(const LexedText& t, LexRange sentence, std::size_t b) {
  std::size_t k = b;
  while (k > sentence.b + 2 && k + 4 > b && phrase_word(t, k - 1)) --k;
  if (k > sentence.b + 2 && (t.is(k - 1, "the") || t.is(k - 1, "a") || t.is(k - 1, "an"))) --k;
  if (k < sentence.b + 3 || t.lex[k - 1].kind != LexKind::Word || !auxiliary(t.low(k - 2))) return 0;
  return k - 2;
}

// "No one doubts that Peru bought tanks": a clause reported under the negated subject is asserted.
bool reporting(std::string_view w) {
  for (std::string_view r : {"that", "whether", "doubts", "doubted", "doubt", "denies", "denied", "disputes",
                             "disputed", "thinks", "believes", "knows", "knew", "says", "said", "expected"})
    if (w == r) return true;
  return false;
}

// "Nobody in Manila is proposing to buy Gripens": the clause's subject is "nobody", "no one" or "none"
// (its first word, at most twelve lexemes before b, with no punctuation between).
bool nobody_subject(const LexedText& t, LexRange sentence, std::size_t b) {
  for (std::size_t k = b; k > sentence.b && k + 13 > b; --k) {
    std::size_t w = k - 1;
    bool opens = w == sentence.b || t.lex[w - 1].kind == LexKind::Punct;
    if (opens) return t.is(w, "nobody") || t.is(w, "none") || (t.is(w, "no") && t.is(w + 1, "one"));
    if (t.lex[w].kind == LexKind::Punct || reporting(t.low(w))) return false;
  }
  return false;
}

}  // namespace

bool no_subject(const LexedText& t, LexRange sentence, std::size_t b) {
  if (b <= sentence.b) return false;
  if (no_plan(t, sentence, b) || nobody_subject(t, sentence, b)) return true;
  // "no Turkish firm can offer": the phrase ends at the helper before a verb trigger.
  std::size_t end = auxiliary(t.low(b - 1)) ? b - 1 : b;
  // "No contract has yet been signed" tells of talks (see deal_status.cpp); "no new loan" denies one.
  if (!deal_noun(t.low(b)) && no_phrase_before(t, sentence, end)) return true;
  std::size_t helper = helper_before_object(t, sentence, b);
  return helper != 0 && no_phrase_before(t, sentence, helper);
}

}  // namespace entente
