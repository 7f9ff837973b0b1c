// Finds the objects of trigger words told away from them (see deal_trigger_objects.h).
#include "deal_trigger_objects.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "deal_of_which.h"
#include "numbers.h"
#include "spans_in.h"

namespace entente {

using namespace std::string_view_literals;  // "..."sv: std::string == string_view compares inline

namespace {

bool auxiliary(std::string_view w) {
  return w == "was" || w == "were" || w == "is" || w == "are" || w == "has" || w == "have" || w == "had" ||
         w == "been" || w == "be" || w == "being" || w == "will" || w == "would" || w == "successfully";
}

}  // namespace

bool first_of_more(const TriggerScan& s, std::size_t from, std::size_t e) {
  const LexedText& t = s.t;
  if (from <= s.sentence.b) return false;
  constexpr std::size_t kReach = 12, kBack = 40;  // bounded work on long sentences
  bool first = false;
  for (std::size_t a = from; a < e && a < from + kReach && !first; ++a)
    first = t.is(a, "first") || t.is(a, "initial");
  for (std::size_t a = std::max(s.sentence.b, from > kBack ? from - kBack : 0); a < from && first; ++a) {
    std::string_view w = t.low(a);
    if (w == "more" || w == "further" || w == "additional" || w == "considering" || w == "weighing" ||
        w == "mulling")
      return true;
  }
  return false;
}

// True when the phrase holds a sector keyword other than diplomacy's ("pipeline", "steel", "vaccine").
bool sector_word(const TriggerScan& s, LexRange r) {
  for (std::size_t k = r.b; k < r.e; ++k) {
    PhraseMatch m = s.lex.sectors.match(s.t, k);
    if (m.id >= 0 && m.end <= r.e && s.lex.sector_names[m.id] != "diplomacy") return true;
  }
  return false;
}

bool nationality_only(const TriggerScan& s, LexRange item) {
  if (item.e <= item.b || !s.items.country[item.b]) return false;
  std::size_t k = item.b;
  while (k < item.e && s.items.country[k]) ++k;
  for (; k < item.e; ++k)
    if (!s.t.is(k, "again") && !s.t.is(k, "instead") && !s.t.is(k, "too")) return false;
  return true;
}

// "build the Barakah plant": an object with a proper name in it (not a country's) is concrete.
bool named_object(const TriggerScan& s, LexRange item) {
  for (std::size_t k = item.b; k < item.e; ++k)
    if (s.t.capitalized(k) && s.t.lex[k].kind == LexKind::Word && !s.items.country[k] && k > s.sentence.b)
      return true;
  return false;
}

// "build a 300-bed cancer centre", "a 1,000-seat stadium": an object opened by a count joined to its unit by
// a hyphen is a sized, concrete thing (not "a five-year plan" or "a 10-day visit", sized in time).
bool sized_object(const TriggerScan& s, LexRange item) {
  std::size_t k = item.b;
  if (k < item.e && (s.t.is(k, "a") || s.t.is(k, "an") || s.t.is(k, "the"))) ++k;
  if (k + 2 >= item.e || s.t.lex[k].kind != LexKind::Number || !s.t.is(k + 1, "-") || !s.t.joined(k + 1))
    return false;
  std::string_view u = s.t.low(k + 2);
  if (u.size() > 1 && u.back() == 's') u.remove_suffix(1);
  return s.t.lex[k + 2].kind == LexKind::Word && u != "year" && u != "day" && u != "month" && u != "week" &&
         u != "hour" && u != "minute" && u != "point" && u != "member" && u != "nation" && u != "party";
}

// "Russian wheat supplies to Egypt", "LNG deliveries": a commodity (a trade or energy keyword) among the
// modifiers of a supply or purchase noun that heads its phrase.
bool commodity_before(const TriggerScan& s, std::size_t from, std::size_t b, std::size_t e) {
  if (e < s.t.lex.size() && s.t.lex[e].kind == LexKind::Word && !s.t.is(e, "to") && !s.t.is(e, "from") &&
      !s.t.is(e, "for"))
    return false;
  for (std::size_t k = from; k < b; ++k) {
    PhraseMatch m = s.lex.sectors.match(s.t, k);
    if (m.id < 0 || m.end > b) continue;
    const std::string& sector = s.lex.sector_names[m.id];
    if (sector == "trade"sv || sector == "energy"sv) return true;
  }
  return false;
}

bool raised_by(const TriggerScan& s, LexRange c, std::size_t b) {
  bool raise = false;
  for (std::size_t k = b; k > c.b && k + 4 > b && !raise; --k) {
    std::string_view w = s.t.low(k - 1);
    raise = w.substr(0, 5) == "raise" || w.substr(0, 6) == "increa" || w.substr(0, 5) == "boost" ||
            w == "double" || w == "expand" || w == "raising";
  }
  if (!raise) return false;
  for (auto [q, end] = spans_in(s.m.quantities, b, c.e); q != end; ++q)
    if (!q->counted && q->unit[0] != '%') return true;
  return false;
}

// "evaluating the J-10C fighter jet for potential acquisition": a concrete object told before "for" and
// the purchase noun (a modal adjective may stand between). Empty when there is none.
LexRange object_for(const TriggerScan& s, LexRange c, std::size_t b) {
  std::size_t f = b;
  if (f > c.b) {
    std::string_view m = s.t.low(f - 1);
    if (m == "potential" || m == "possible" || m == "eventual" || m == "future") --f;
  }
  if (f < c.b + 2 || !s.t.is(f - 1, "for") || s.t.lex[f - 2].kind != LexKind::Word) return {};
  LexRange o{modifiers_start(s.items, f - 2, c.b), f - 1};
  if (abstract_phrase(s.items, o.b, o.e) || !(sector_word(s, o) || named_object(s, o))) return {};
  return o;
}

// The object told before its verb: "the satellite launched from Baikonur" (a participle after its noun),
// "a satellite system that Russia was supplying to Iran" (an object relative clause) and, for a purchase or
// supply (`trade`), "36 jets were ordered by India" (a passive with its agent). Empty when there is none.
LexRange object_before(const TriggerScan& s, LexRange c, std::size_t b, bool trade) {
  const LexedText& t = s.t;
  std::size_t k = b;
  while (k > c.b && auxiliary(t.low(k - 1))) --k;
  while (k > c.b && s.items.country[k - 1]) --k;  // the relative clause's subject
  // "Thirty-six Rafale jets were ordered by India": a passive names its object before the auxiliary.
  bool passive = false;
  // Only for a purchase or supply: "the jets were built by Dassault" names a maker, not a deal. An order
  // needs no agent ("A further six aircraft were ordered in March 2022"); a delivery does ("All 24 aircraft
  // have now been delivered" tells of a deal already told).
  std::string_view v = t.low(b);
  bool order = v == "ordered" || v == "bought" || v == "purchased" || v == "procured";
  // "Indonesia's 42 Rafale fighters, bought from France in 2022, are due ...": an order's participle set off
  // by a comma after its object.
  if (trade && order && b > s.sentence.b + 1 && t.is(b - 1, ",")) {
    std::size_t n = b - 1;
    std::uint8_t taken = s.items.taken[n - 1];  // a counted unit ("42 fighters") is the object
    bool noun = t.lex[n - 1].kind == LexKind::Word && !s.items.country[n - 1] && taken != 1 && taken != 2;
    if (!noun || s.lex.in(s.lex.left_stop, t, n - 1)) return {};
    std::size_t from = modifiers_start(s.items, n - 1, s.sentence.b);
    for (auto [q, end] = spans_in(s.m.quantities, from > 16 ? from - 16 : 0, n); q != end; ++q)
      if (q->counted && q->end == n && q->unit_first < from) from = q->unit_first;  // "42 Rafale fighters"
    return {from, n};
  }
  // "the 12 FA-50PH jets Manila bought from KAI in 2014": a counted object right before the buyer, with no
  // "that" (a reduced relative clause).
  if (trade && order && k < b && k > c.b && s.items.country[k])
    for (auto [q, end] = spans_in(s.m.quantities, k > 16 ? k - 16 : 0, k); q != end; ++q)
      if (q->counted && q->end == k && q->unit_first >= c.b) return {q->unit_first, k};
  if (LexRange o = trade && order ? of_which_object(s, c, k) : LexRange{}; o.e > o.b)
    return o;  // "doses of which"
  bool first_units = trade && !order && first_of_more(s, c.b, k);
  for (std::size_t a = k; trade && a < b && (order || t.is(b + 1, "by") || first_units); ++a)
    passive |= t.is(a, "was") || t.is(a, "were") || t.is(a, "been") || t.is(a, "is") || t.is(a, "are");
  if (k > c.b && (t.is(k - 1, "that") || t.is(k - 1, "which")))
    --k;
  else if (k != b && !passive)
    return {};
  bool counted = first_units && k > c.b && t.lex[k - 1].kind == LexKind::Number;  // "the first 37"
  if (k <= c.b || (t.lex[k - 1].kind != LexKind::Word && !counted) || s.lex.in(s.lex.left_stop, t, k - 1))
    return {};
  if (s.items.country[k - 1]) return {};  // "Egypt which ordered 24": the subject, not the object
  std::size_t from = modifiers_start(s.items, k - 1, c.b);
  for (std::size_t a = c.b; first_units && a < from; ++a)
    if (t.is(a, "first") || t.is(a, "initial")) from = a;  // "the first batch of 50"
  return {from, k};
}

bool counted_units(const TriggerScan& s, LexRange item, std::size_t b, std::size_t e) {
  const LexedText& t = s.t;
  if (item.e <= item.b || !parse_number(t, item.e - 1, true)) return false;
  if (item.e <= b) return true;
  for (std::size_t k = b; k < e; ++k)
    if (t.is(k, "batch") || t.is(k, "consignment") || t.is(k, "shipment")) return true;
  return false;
}

}  // namespace entente
