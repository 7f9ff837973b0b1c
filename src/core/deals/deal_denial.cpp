// Deals told but not asserted: guesses denied, counterfactuals, "no" before a trigger, generic and advising
// sentences, an interviewer's line. Denied and disputed reports are in deal_denied_report.cpp.
#include "deal_denial.h"

#include <string_view>

#include "deal_asked_whether.h"
#include "deal_asked_which.h"
#include "deal_compared_volume.h"
#include "deal_counterfactual_clause.h"
#include "deal_negated_progressive.h"
#include "deal_no_subject.h"
#include "deal_reviewed_general.h"

namespace entente {
namespace {

constexpr std::size_t kReach = 40;  // lexemes searched each way: a report is a clause, not a page

// "? No:", "? It did not;", "? That was not so": the next sentence opens by denying the question before it.
bool denied_next(const LexedText& t, std::size_t k) {
  if (t.is(k, "no") || t.is(k, "not")) return t.is(k + 1, ":") || t.is(k + 1, ",") || t.is(k + 1, ".");
  if (!t.is(k, "it") && !t.is(k, "that") && !t.is(k, "they")) return false;
  bool aux = t.is(k + 1, "did") || t.is(k + 1, "was") || t.is(k + 1, "is") || t.is(k + 1, "were") ||
             t.is(k + 1, "has") || t.is(k + 1, "had");
  return aux && (t.is(k + 2, "not") || t.is(k + 2, "n't"));
}

// The sentence opens on a condition contrary to fact and b lies in it: "Had Peru taken ...," or "If Peru had
// taken ..., it would have ...".
bool counterfactual(const LexedText& t, LexRange sentence, std::size_t b) {
  if (!t.is(sentence.b, "had") && !t.is(sentence.b, "if")) return false;
  std::size_t comma = sentence.b;  // a condition is a short clause: no comma within kReach is none
  while (comma < sentence.e && comma < sentence.b + kReach && !t.is(comma, ",")) ++comma;
  if (b >= comma || !t.is(comma, ",")) return false;
  if (t.is(sentence.b, "had")) return true;
  bool had = false;
  for (std::size_t k = sentence.b; k < comma; ++k) had |= t.is(k, "had");
  for (std::size_t k = comma; had && k + 1 < sentence.e && k < comma + kReach; ++k)
    if ((t.is(k, "would") || t.is(k, "could") || t.is(k, "might")) && t.is(k + 1, "have")) return true;
  return false;
}

// "There have been no joint exercises", "there is no new loan": "no" after a form of "be", at most three
// words before the trigger, says there is none ("No contract has yet been signed" tells of talks; "no fewer
// than" is a count).
bool none_before(const LexedText& t, LexRange sentence, std::size_t b) {
  for (std::size_t k = b; k > sentence.b + 1 && k + 4 > b; --k) {
    if (t.lex[k - 1].kind != LexKind::Word) return false;
    if (!t.is(k - 1, "no")) continue;
    std::string_view be = t.low(k - 2);
    bool exists = be == "been" || be == "be" || be == "is" || be == "are" || be == "was" || be == "were";
    return exists && !t.is(k, "fewer") && !t.is(k, "less") && !t.is(k, "more") && !t.is(k, "longer");
  }
  return false;
}

// The guess is the question's last clause: "X ordered goggles, and Y picked Z to supply coaches?" asks
// only about the coaches.
bool in_last_clause(const LexedText& t, LexRange sentence, std::size_t b) {
  if (sentence.e > b + kReach) return false;  // a clause is not a page
  for (std::size_t k = b; k < sentence.e; ++k)
    if (t.is(k, ",") || t.is(k, ";") || t.is(k, ":")) return false;
  return true;
}

// "But a government that signs a loan it will not publish ... should not be surprised": a present-tense
// deal verb in a relative clause after an indefinite subject ("a government that", "any country which")
// states a generic case, not a deal.
bool generic_subject(const LexedText& t, LexRange sentence, std::size_t b) {
  std::size_t k = sentence.b;
  if (t.is(k, "but") || t.is(k, "and") || t.is(k, "yet")) ++k;
  if (!t.is(k, "a") && !t.is(k, "an") && !t.is(k, "any") && !t.is(k, "every")) return false;
  for (std::size_t j = k + 2; j <= k + 3 && j < b; ++j) {
    if (!t.is(j, "that") && !t.is(j, "which") && !t.is(j, "who")) continue;
    std::string_view v = t.low(j + 1);  // the relative clause's verb: "signs", "buys"
    return v.size() > 3 && v.back() == 's' && v[v.size() - 2] != 's' && b <= j + 4;
  }
  return false;
}

// "Egypt should have bought solar panels instead", "Lima could have signed with Chile": a deal verb after
// "should/could/might/ought to have" tells a choice not made.
// "should never have been financed", "could not have been signed": a negation and a passive may come between.
bool hindsight(const LexedText& t, LexRange sentence, std::size_t b) {
  std::size_t k = b;
  if (k > sentence.b + 3 && t.is(k - 1, "been")) --k;
  if (k < sentence.b + 2 || !t.is(k - 1, "have")) return false;
  if (k > sentence.b + 3 && (t.is(k - 2, "never") || t.is(k - 2, "not"))) --k;
  std::string_view m = t.low(k - 2);
  return m == "should" || m == "could" || m == "might" || (m == "to" && t.is(k - 3, "ought"));
}

// "Q: Baku has also bought Italian aircraft.", "INTERVIEWER: There were reports of a grant.": the
// interviewer's line of a transcript asks or restates; the answer tells the deal. Looks back at most 300
// bytes for the line's start (a question is short; a page-long line is no interviewer's).
bool interviewer_line(const LexedText& t, LexRange sentence) {
  std::size_t at = t.lex[sentence.b].start, floor = at > 300 ? at - 300 : 0;
  while (at > floor && t.text[at - 1] != '\n') --at;
  if (at > 0 && t.text[at - 1] != '\n') return false;
  std::string_view line = t.text.substr(at, 14);
  while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
  auto label = [&](std::string_view w) {
    if (line.size() <= w.size() || (line[w.size()] != ':' && line[w.size()] != '.')) return false;
    for (std::size_t i = 0; i < w.size(); ++i)
      if ((line[i] | 0x20) != w[i]) return false;
    return true;
  };
  return label("q") || label("question") || label("interviewer");
}

// "A memorandum does not build a railway", "a loan does not buy a friend", "cannot afford to buy jets": a
// trigger at most four lexemes after a negated present ("does not", "do not", "cannot", "can't") in its
// clause tells what deals do not do, no deal.
bool negated_present(const LexedText& t, LexRange sentence, std::size_t b) {
  for (std::size_t k = b; k > sentence.b && k + 5 > b; --k) {
    std::size_t w = k - 1;
    if (t.lex[w].kind == LexKind::Punct && t.raw(w) != "'" && t.raw(w) != "\xE2\x80\x99") return false;
    if (t.is(w, "cannot")) return true;
    bool apostrophe_t = t.is(w, "t") && w > sentence.b + 1 && t.lex[w - 1].kind == LexKind::Punct;
    if (!(t.is(w, "not") || t.is(w, "n't") || apostrophe_t) || w == sentence.b) continue;
    std::size_t a = apostrophe_t ? w - 2 : w - 1;  // "doesn't" as "doesn", "'", "t"
    if (t.is(a, "does") || t.is(a, "do") || t.is(a, "can") || t.is(a, "ca") || t.is(a, "doesn") ||
        t.is(a, "don"))
      return true;
    // "nothing that we could not buy anyway", "Lima will not sign": a modal's negation right before the verb.
    if (w + 1 == b && in_words(t.low(a), {"could", "would", "will", "couldn", "wouldn", "won", "wo"}))
      return true;
  }
  return false;
}

bool has_number(const LexedText& t, LexRange sentence) {
  for (std::size_t j = sentence.b; j < sentence.e; ++j)
    if (t.lex[j].kind == LexKind::Number) return true;
  return false;
}

// "An offer is not a deal", "it was not a new agreement": the trigger is a noun a form of "be" denies.
bool denied_predicate(const LexedText& t, LexRange sentence, std::size_t b) {
  std::size_t k = b;
  if (k > sentence.b + 3 && !t.is(k - 1, "a") && !t.is(k - 1, "an")) --k;  // one adjective: "a new deal"
  if (k < sentence.b + 3 || (!t.is(k - 1, "a") && !t.is(k - 1, "an")) || !t.is(k - 2, "not")) return false;
  return in_words(t.low(k - 3), {"is", "was", "are", "were", "be", "been"});
}

// "Buying the best kit does not replace a policy", "a difference between buying gas and ...", "stop buying
// for a while", "why does Brazil keep buying ...": a gerund trigger as a sentence's subject, after
// "between", after "keep"/"stop" or after "careful about", "wary of", in a sentence with no figure, names an
// activity, not a deal.
bool generic_gerund(const LexedText& t, LexRange sentence, std::size_t b) {
  std::string_view g = t.low(b);
  if (g.size() < 6 || g.substr(g.size() - 3) != "ing" || has_number(t, sentence)) return false;
  std::size_t k = sentence.b;
  if (t.is(k, "but") || t.is(k, "and") || t.is(k, "yet")) ++k;
  if (b == k) {  // the subject: no comma follows ("Signing the deal in May, Peru ..." is a deal)
    for (std::size_t j = b; j < sentence.e && j < b + kReach; ++j)
      if (t.is(j, ",")) return false;
    return true;
  }
  std::string_view w = t.low(b - 1), v = t.low(b - 2);
  bool wary = (w == "about" || w == "of") && (v == "careful" || v == "wary");  // "careful about building"
  return w == "between" || w == "keep" || w == "keeps" || w == "stop" || wary;
}

// "If France offers the best deal, Brazil will buy French again": a deal under a condition in the present
// tense ("if", "unless"), in the main clause after "will" or "would", with no figure, is a prospect.
bool conditional_prospect(const LexedText& t, LexRange sentence, std::size_t b) {
  if ((!t.is(sentence.b, "if") && !t.is(sentence.b, "unless")) || has_number(t, sentence)) return false;
  std::size_t comma = sentence.b;
  while (comma < b && !t.is(comma, ",")) ++comma;
  if (comma >= b) return false;
  for (std::size_t k = sentence.b; k < comma; ++k)
    if (t.is(k, "had")) return false;  // a counterfactual, judged by counterfactual()
  for (std::size_t k = b; k > comma && k + 4 > b; --k)
    if (t.is(k - 1, "will") || t.is(k - 1, "would")) return true;
  return false;
}

// "If all of these go ahead, Ghana will have bought 40 locomotives": a deal in the future perfect under a
// condition opening the sentence sums up prospects, no deal.
bool projected(const LexedText& t, LexRange sentence, std::size_t b) {
  return t.is(sentence.b, "if") && b > sentence.b + 2 && t.is(b - 1, "have") &&
         (t.is(b - 2, "will") || t.is(b - 2, "would"));
}

// "Contracts outlive the ministers who sign them", "Deals with China are signed in a day": a bare plural
// deal noun opening a sentence with no figure, whose verb is a simple present ("outlive", "are signed"),
// tells what deals are like. Not "Agreements are expected to be signed", nor a figure or date in the
// sentence. "Deals are easy to sign" judges them.
bool generic_plural(const LexedText& t, LexRange sentence, std::size_t b) {
  std::size_t k = sentence.b;
  if (t.is(k, "but") || t.is(k, "and") || t.is(k, "yet")) ++k;
  std::string_view n = t.low(b);
  if (b != k || n.size() < 4 || n.back() != 's' || (b == sentence.b && !t.capitalized(b))) return false;
  for (std::size_t j = sentence.b; j < sentence.e; ++j)
    if (t.lex[j].kind == LexKind::Number) return false;
  std::size_t v = b + 1;
  if (t.is(v, "with"))  // "Deals with China are ..."
    for (++v; v < sentence.e && v < b + 5 && t.capitalized(v); ++v) {
    }
  std::string_view w = v < sentence.e ? t.low(v) : std::string_view();
  if (w == "are") {
    std::string_view p = v + 1 < sentence.e ? t.low(v + 1) : std::string_view();
    bool participle = (p.size() > 4 && p.substr(p.size() - 2) == "ed") || p == "paid" || p == "made";
    // "Deals are easy to sign": an evaluative adjective before "to" judges deals in general.
    bool judged = t.is(v + 2, "to") && in_words(p, {"easy", "easier", "hard", "harder", "difficult", "cheap",
                                                    "simple", "quick", "slow"});
    return (participle && !t.is(v + 2, "to")) || judged;
  }
  bool ends_ed = w.size() > 3 && (w.substr(w.size() - 2) == "ed" || w.substr(w.size() - 3) == "ing");
  return !w.empty() && t.lex[v].kind == LexKind::Word && !t.capitalized(v) && !ends_ed &&
         !in_words(w, {"to",      "for",   "of",   "on",    "in",     "at",        "from",    "by",
                       "with",    "worth", "were", "was",   "have",   "had",       "will",    "would",
                       "could",   "can",   "may",  "might", "should", "must",      "and",     "or",
                       "between", "under", "that", "which", "is",     "totalling", "totaling"});
}

}  // namespace

bool unasserted(const LexedText& t, LexRange sentence, std::size_t b) {
  if (t.is(sentence.e - 1, "?") && denied_next(t, sentence.e) && in_last_clause(t, sentence, b)) return true;
  if (hindsight(t, sentence, b) || interviewer_line(t, sentence)) return true;
  if (asked_whether(t, sentence, b) || asked_which(t, sentence, b))
    return true;  // "(a) whether the Government has concluded agreements"
  if (reviewed_in_general(t, sentence, b)) return true;  // "This brief reviews agreements reached between"
  return counterfactual(t, sentence, b) || none_before(t, sentence, b) || generic_subject(t, sentence, b) ||
         negated_present(t, sentence, b) || generic_plural(t, sentence, b) || projected(t, sentence, b) ||
         denied_predicate(t, sentence, b) || generic_gerund(t, sentence, b) ||
         conditional_prospect(t, sentence, b) || negated_progressive(t, sentence, b) ||
         counterfactual_clause(t, sentence, b) || no_subject(t, sentence, b) ||
         compared_volume(t, sentence, b);
}

bool advised(const LexedText& t, LexRange sentence, std::size_t b) {
  if (has_number(t, sentence)) return false;
  for (std::size_t k = b; k > sentence.b && k + 10 > b; --k) {
    std::size_t w = k - 1;
    if (t.lex[w].kind == LexKind::Punct) return false;
    bool advice = t.is(w, "should") || (t.is(w, "to") && w > sentence.b && t.is(w - 1, "ought"));
    if (advice) return !t.is(w + 1, "be") && !t.is(w + 1, "have");
  }
  return false;
}

}  // namespace entente
