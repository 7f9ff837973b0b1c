// Which years of a clause can date a deal: not a target, deadline or delivery year, not the start of a span,
// not the year an earlier deal was first made or a ban imposed (see deal_year_marks.h).
#include "deal_year_marks.h"

#include <string_view>

#include "deal_supply_start.h"
#include "deal_year_not_until.h"
#include "deal_year_start_word.h"
#include "spans_in.h"

namespace entente {

using namespace std::string_view_literals;  // "..."sv: std::string == string_view compares inline

namespace {

// "due to fly on an H3 rocket in 2027", "scheduled to open the line in 2026": a year in a clause of what is
// due to happen, which is a target. Not a signing still due ("due to sign the deal in 2026"), whose year is
// the deal's.
bool due_year(const LexedText& t, const DateSpan& d) {
  for (std::size_t k = d.first; k > 0 && k + 9 > d.first; --k) {
    if (t.lex[k - 1].kind == LexKind::Punct) return false;
    std::string_view w = t.low(k - 1);
    if ((w != "due" && w != "scheduled" && w != "slated") || !t.is(k, "to")) continue;
    std::string_view v = t.low(k + 1);
    return v != "sign" && v != "conclude" && v != "ink" && v != "agree" && v != "finalise" && v != "finalize";
  }
  return false;
}

// "negotiating a revised free trade agreement, which first entered into force in 2015": the year in a
// relative clause telling when the object came into force (k is the year's first lexeme, after "in").
bool force_origin(const LexedText& t, std::size_t k) {
  if (k < 6 || !t.is(k - 2, "force") || !t.is(k - 3, "into")) return false;
  std::string_view v = t.low(k - 4);
  if (v != "entered" && v != "came" && v != "went") return false;
  std::size_t w = k - 5;
  if (w > 0 && (t.is(w, "first") || t.is(w, "originally") || t.is(w, "initially"))) --w;
  return w > 0 && t.is(w, "which") && t.is(w - 1, ",");
}

// "a currency swap worth 15 billion yuan, first signed in 2018", ", which entered into force in 2004": a date
// in an aside on when the object was first made, set off by a comma, is the earlier deal's, not the date of
// the change told.
bool apposed_origin(const LexedText& t, const DateSpan& d) {
  std::size_t k = d.first;
  if (k < 4 || !t.is(k - 1, "in")) return false;
  std::string_view w = t.low(k - 3);
  bool first = w == "first" || w == "originally" || w == "initially";
  std::string_view done = t.low(k - 2);  // "signed", "agreed", "launched"
  return (first && t.is(k - 4, ",") && done.size() > 3 && done.substr(done.size() - 2) == "ed") ||
         force_origin(t, k);
}

// "lifted its ban on citrus, ending a restriction imposed in 2019": the year a ban or rule was put in place
// is not the year of the deal that lifts or eases it.
bool imposed_year(const LexedText& t, const DateSpan& d) {
  if (d.first < 2 || !t.is(d.first - 1, "in")) return false;
  std::string_view w = t.low(d.first - 2);
  return w == "imposed" || w == "introduced" || w == "enacted" || w == "banned";
}

}  // namespace

// "between 2009 and 2016", "from 2015 to 2019": a year at either end of a span of years.
bool span_end(const LexedText& t, const DateSpan& d) {
  auto year = [&](std::size_t k) { return t.lex[k].kind == LexKind::Number && t.low(k).size() == 4; };
  std::size_t k = d.first;
  bool opens = k > 0 && d.end + 1 < t.lex.size() && year(d.end + 1) &&
               ((t.is(k - 1, "between") && t.is(d.end, "and")) || (t.is(k - 1, "from") && t.is(d.end, "to")));
  bool closes =
      k > 2 && year(k - 2) &&
      ((t.is(k - 1, "and") && t.is(k - 3, "between")) || (t.is(k - 1, "to") && t.is(k - 3, "from")));
  return opens || closes;
}

namespace {

// "2022 debt default", "2014 crisis": a word of a national event (not a deal) within two lexemes from k.
bool event_after(const LexedText& t, std::size_t k) {
  for (std::size_t j = k; j < k + 2 && j < t.lex.size(); ++j)
    if (in_words(t.low(j), {"default", "crisis", "war", "election", "elections", "coup", "revolution",
                            "independence", "invasion", "pandemic", "collapse", "uprising", "earthquake"}))
      return true;
  return false;
}

}  // namespace

// "a deal New Delhi has sought since 2023", "in talks since 2019", "the first equipment since its 2022
// debt default": the start of a span, not a deal's event ("since the 1988 agreement" is the deal's).
bool span_start(const LexedText& t, const DateSpan& d) {
  if (d.first > 1 && in_words(t.low(d.first - 1), {"its", "the", "their"}) && t.is(d.first - 2, "since"))
    return event_after(t, d.end);
  return d.first > 0 && t.is(d.first - 1, "since");
}

// "by 2040", "to be delivered from 2027", "scheduled to be completed in 2024": a target, deadline or
// delivery year, which is not the year of the deal.
bool target_year(const FillContext& f, const DateSpan& d) {
  const LexedText& t = f.m.lexed;
  for (std::size_t k = d.first; k > 0 && k + 4 > d.first; --k) {
    std::string_view w = t.low(k - 1);
    if (w == "by" && k != d.first && t.capitalized(k)) continue;  // "ordered by India in 2016": an agent
    // "the contract for 64 aircraft in February 2022": "in" gives the year to the event, not to "for".
    if (w == "for" && k + 1 < d.first && t.is(d.first - 1, "in")) continue;
    if (cleft_until(t, k - 1)) return false;  // "It was not until November 1992 that Japan resumed aid"
    if (w == "by" || w == "until" || w == "till" || w == "through" || w == "before" || w == "for" ||
        w == "deadline" || w == "target" || w == "completed" || w == "completion" || w == "delivered" ||
        w == "delivery" || w == "deliveries" || w == "arrived" || w == "arrive" || w == "arrives" ||
        w == "arrival" || w == "operational" || w == "expire" || w == "expires" ||
        start_word_opens(t, k - 1, d.first))
      return true;
    // "2024-2029", "until end-2021": a dash after a year or joined to a word ends a span; a list's dash
    // before a year ("- 2016: signed ...") does not.
    bool joins = k > 1 && (t.lex[k - 2].kind == LexKind::Number || t.joined(k - 2));
    if (t.lex[k - 1].kind == LexKind::Punct)
      return k == d.first && joins && (w == "-" || w == "\xE2\x80\x93");
  }
  if (supply_start(t, d)) return true;  // "would supply gas to Singapore from 2029"
  return due_year(t, d);
}

// "agreed to supply gas for 20 years starting in 2028": the clause's only year is a target, so it tells
// when the deal runs, and the deal is told without a time of its own.
bool only_target(const FillContext& f, LexRange r) {
  bool target = false;
  for (auto [d, end] = spans_in(f.m.dates, r.b, r.e); d != end; ++d) {
    if (!d->year) return false;
    target |= target_year(f, *d);
  }
  return target;
}

std::vector<const DateSpan*> years_in(const FillContext& f, LexRange r) {
  std::vector<const DateSpan*> out;
  for (auto [d, end] = spans_in(f.m.dates, r.b, r.e); d != end; ++d)
    if (d->year && !target_year(f, *d) && !apposed_origin(f.m.lexed, *d) && !span_start(f.m.lexed, *d) &&
        !span_end(f.m.lexed, *d) && !imposed_year(f.m.lexed, *d))
      out.push_back(d);
  return out;
}

}  // namespace entente
