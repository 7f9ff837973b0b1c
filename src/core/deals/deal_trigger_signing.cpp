// Context tests for trigger words told as signed or listed: in force, signed in a clause after the noun,
// named by the pair, listed under a signing verb (see deal_trigger_context.h).
#include <string_view>

#include "deal_aside_signed.h"
#include "deal_numbered_list.h"
#include "deal_text_lines.h"
#include "deal_trigger_context.h"

namespace entente {

// "went into force", "took effect": an agreement in force was signed.
bool in_force(const TriggerScan& s, LexRange c) {
  for (std::size_t k = c.b; k + 1 < c.e; ++k)
    if ((s.t.is(k, "into") && s.t.is(k + 1, "force")) ||
        ((s.t.is(k, "took") || s.t.is(k, "takes") || s.t.is(k, "take")) && s.t.is(k + 1, "effect")))
      return true;
  return false;
}

namespace {

// "which the ministry said was ...": the lexeme after a sayer and "said" that open a relative clause at k
// (at most five words), else k.
std::size_t past_sayer(const LexedText& t, std::size_t k, std::size_t end) {
  for (std::size_t j = k; j < end && j < k + 5; ++j) {
    if (t.lex[j].kind == LexKind::Punct) return k;
    if (t.is(j, "said") || t.is(j, "says")) return j + 1;
  }
  return k;
}

}  // namespace

bool signed_after(const TriggerScan& s, LexRange c) {
  const LexedText& t = s.t;
  std::size_t k = c.e;
  if (k + 3 >= s.sentence.e || !t.is(k, ",")) return false;
  if (aside_then_signed(s, k)) return true;  // "a second agreement, under which ..., was also signed"
  std::string_view w = t.low(k + 1);
  bool relative = w == "which" || w == "that";
  bool past = w.size() > 4 && w.substr(w.size() - 2) == "ed";
  // "an agreement, signed in Tokyo in 2021, opened the door", "a treaty followed, signed in 2024": the
  // aside's own participle is a deal verb.
  if (past && s.lex.in(s.lex.deal_verbs, t, k + 1)) return true;
  // "a deal for 12 jets, announced last year, had been suspended": the verb after a participle aside.
  std::size_t aside = k + 2;
  while (!relative && aside < s.sentence.e && aside < k + 8 && !t.is(aside, ",")) ++aside;
  // "The fertiliser deal, for 200,000 tonnes of urea, was signed", "the first agreement, on economic
  // cooperation, was signed": an aside naming what the deal is for or about.
  bool prepositional =
      w == "for" || w == "worth" || w == "covering" || w == "on" || w == "with" || w == "between";
  bool participle = (past || prepositional) && t.is(aside, ",");
  if (!relative && !participle) return false;
  k = relative ? k + 2 : aside + 1;
  // "a package, which the department said was still under negotiation": the relative clause's own sayer.
  if (relative) k = past_sayer(t, k, s.sentence.e);
  if (t.is(k, "was") || t.is(k, "were") || t.is(k, "had") || t.is(k, "has") || t.is(k, "is")) ++k;
  while (k < s.sentence.e && (t.is(k, "been") || t.is(k, "still") || t.is(k, "being") || t.is(k, "under")))
    ++k;
  return k < s.sentence.e && s.lex.in(s.lex.deal_verbs, t, k);
}

// "an India-Japan agreement", "the Israeli-Saudi normalization deal": a modifier that names both parties
// names a bilateral agreement.
bool pair_named(const TriggerScan& s, LexRange c, std::size_t b) {
  std::size_t from = b > c.b + 6 ? b - 6 : c.b;
  for (std::size_t k = from; k + 2 < b + 1 && k + 2 < s.t.lex.size(); ++k)
    if (s.items.country[k] && s.t.is(k + 1, "-") && s.items.country[k + 2] && s.t.joined(k) &&
        s.t.joined(k + 1))
      return true;
  return false;
}

namespace {

// The longest line a list item may be: the search for a line's start stops here, so that the many triggers of
// one huge line ("deal deal deal ..." without a newline) do not each read the whole line back.
constexpr std::size_t kListLineMax = 2000;

}  // namespace

bool bulleted_at(std::string_view text, std::size_t at) {
  return bullet_line(text, line_start(text, at, kListLineMax));
}

bool listed_under_verb(const TriggerScan& s) {
  std::string_view text = s.t.text;
  std::size_t b = line_start(text, s.t.lex[s.sentence.b].start, kListLineMax);
  if (!bullet_line(text, b)) return false;
  // Up over the list's other items (at most twelve) to the line that introduces it, ending in ":".
  for (int items = 0; b > 0 && items < 12; ++items) {
    std::size_t prev = over_blank_line(text, line_start(text, b - 1, kListLineMax), b);
    if (prev == kNoLine) return false;
    std::string_view line = text.substr(prev, b - 1 - prev);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\n'))
      line.remove_suffix(1);
    if (!line.empty() && line.back() == ':') {
      std::size_t lb = lex_at(s.t, static_cast<std::uint32_t>(prev));
      std::size_t le = lex_at(s.t, static_cast<std::uint32_t>(b - 1));
      // "witnessed the exchange of the following documents:" is a signing too.
      for (std::size_t k = lb; k < le; ++k)
        if (s.t.is(k, "exchange") && s.t.is(k + 1, "of")) return true;
      return any_in(s, {lb, le}, s.lex.deal_verbs, le, le);
    }
    if (!bullet_line(text, prev)) return false;
    b = prev;
  }
  return false;
}

}  // namespace entente
