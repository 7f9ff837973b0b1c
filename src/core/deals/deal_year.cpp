// The year of a deal: a year in its clause or the clauses around it (not a target, deadline or delivery
// year), a list of years for a plural trigger, else the dateline's year for news told without a time.
#include "deal_year.h"

#include <string_view>

#include "dateline.h"
#include "deal_dateline_opening.h"
#include "deal_last_month.h"
#include "deal_signed_later.h"
#include "deal_since_ongoing.h"
#include "deal_then_sequence.h"
#include "deal_under_reference.h"
#include "deal_year_after_amount.h"
#include "deal_year_among.h"
#include "deal_year_list_intro.h"
#include "deal_year_marks.h"
#include "deal_year_scope.h"
#include "spans_in.h"

namespace entente {

using namespace std::string_view_literals;  // "..."sv: std::string == string_view compares inline

namespace {

// "last year", "the previous month": a time before the story's day, stated in r.
bool earlier_date(const FillContext& f, LexRange r) {
  const LexedText& t = f.m.lexed;
  for (auto [d, end] = spans_in(f.m.dates, r.b, r.e); d != end; ++d) {
    // "Between 2009 and 2016, the banks lent ...": a span of years that ended before the story's.
    if (d->year && d->year < f.dateline_year && span_end(t, *d)) return true;
    // "last week", "the previous month" lie inside the dateline's year, as "yesterday" does.
    if (d->relative && (t.is(d->first, "last") || t.is(d->first, "previous")) &&
        !t.is(d->first + 1, "week") && !t.is(d->first + 1, "month"))
      return true;
  }
  return false;
}

// "Ten years ago this week", "a decade ago": a time whole years before the story's day, whatever day of
// the week or month it is told with.
bool years_ago(const LexedText& t, LexRange r) {
  for (std::size_t k = r.b + 1; k < r.e; ++k) {
    if (!t.is(k, "ago")) continue;
    std::string_view w = t.low(k - 1);
    if (w == "year" || w == "years" || w == "decade" || w == "decades") return true;
  }
  return false;
}

bool starts_year(const FillContext& f, std::size_t k) {
  auto [d, end] = spans_in(f.m.dates, k, k + 1);
  return d != end && d->first == k && d->year;
}

// "last year", "previously", "had signed": the sentence tells of something before the story's day. Not
// "the minister said an agreement had been signed": after a reporting verb, "had" is the tense of
// reported speech.
bool earlier_time(const FillContext& f, LexRange r) {
  const LexedText& t = f.m.lexed;
  if (earlier_date(f, r)) return true;
  bool reported = false;
  for (std::size_t k = r.b; k < r.e; ++k) {
    std::string_view w = t.low(k);
    reported |= w == "said" || w == "says" || w == "told" || w == "stated" || w == "confirmed";
    // "its restriction, which had been in place since 2022": a relative clause's past perfect tells of what
    // it describes, not of the deal.
    bool relative = k > r.b && (t.is(k - 1, "which") || t.is(k - 1, "that") || t.is(k - 1, "who"));
    if (w == "had" && !reported && !relative) return true;
    // "lifted its restriction, in place since 2018": a span's start tells of the past, not the deal's time.
    if (w == "since" && k + 1 < r.e && starts_year(f, k + 1)) continue;
    // "bought German submarines in the 1980s": a decade is no time of the story's day.
    if (w == "s" && k > r.b && t.joined(k - 1) && t.low(k - 1).size() == 4 &&
        t.lex[k - 1].kind == LexKind::Number)
      return true;
    if (w == "previously" || w == "earlier" || w == "formerly" || w == "once" || w == "ago" || w == "since" ||
        w == "originally" || w == "history" || w == "historic" || w == "decades" || w == "former")
      return true;
  }
  return false;
}

// "China and Kazakhstan hold joint drills", "The navies hold a coordinated patrol": exercises told as a habit
// in the present simple (not after a modal or "to") are no event of the story's day.
bool habitual(const LexedText& t, const DealDraft& d) {
  for (std::size_t k = d.own.b; k <= d.trigger && k < d.own.e; ++k) {
    std::string_view w = t.low(k);
    if (w != "hold" && w != "holds" && w != "conduct" && w != "conducts") continue;
    std::string_view p = k > d.own.b ? t.low(k - 1) : std::string_view{};
    return p != "will" && p != "to" && p != "would" && p != "could" && p != "may" && p != "might" &&
           p != "shall" && p != "should" && p != "can" && p != "must" && p != "ll";
  }
  return false;
}

// "have also signed deals", "has bought 36 of the planes", "has chosen Rosatom", "has been promised": a
// present perfect with no time of its own tells of a deal at some time before the story, not on its day.
bool perfect(const LexedText& t, LexRange r) {
  for (std::size_t k = r.b; k + 1 < r.e; ++k) {
    if (!t.is(k, "has") && !t.is(k, "have")) continue;
    std::size_t v = k + 1;
    if (t.is(v, "also") || t.is(v, "already") || t.is(v, "now")) ++v;
    if (t.is(v, "been")) ++v;  // "has been promised since 2021": the passive of the same tense
    std::string_view w = v < r.e ? t.low(v) : std::string_view{};
    if (w.size() > 4 && w.substr(w.size() - 2) == "ed" && w != "agreed") return true;
    if (w == "bought" || w == "sold" || w == "won" || w == "struck" || w == "lent" || w == "set" ||
        w == "built" || w == "chosen" || w == "paid" || w == "given" || w == "made" || w == "taken")
      return true;
  }
  return false;
}

// "is expected to sign the contract within weeks": a signing still to come, told without a time.
bool signing_ahead(const LexedText& t, LexRange r) {
  for (std::size_t k = r.b; k + 2 < r.e; ++k) {
    if (!(t.is(k, "expected") || t.is(k, "due")) || !t.is(k + 1, "to")) continue;
    std::string_view v = t.low(k + 2);
    if (v == "sign" || v == "ink" || v == "conclude" || (v == "be" && k + 3 < r.e && t.is(k + 3, "signed")))
      return true;
  }
  return false;
}

// "said on Monday it had signed a deal running from 2028", "bought bonds last month, the first purchase
// since 2021": a clause told on a day of the story's own; target years and span starts name no other time,
// nor does the dateline opening the sentence ("date 2026-05-11 MUSCAT: Oman and Japan on Sunday signed").
bool story_day(const FillContext& f, LexRange r) {
  const DateSpan* top = dateline_span(f.m.lexed, f.m.dates);
  for (const DateSpan* y : years_in(f, r))
    if (y != top) return false;
  return dateline_relative(f.m.lexed, {}, r.b, r.e);
}

// "was signed in December", told in a story dated February: a month after the dateline's, told as done,
// fell in the year before it; so did construction launched or a bid dropped in it.
bool later_month(const FillContext& f, const DealDraft& d, const std::string& status) {
  if (status != "signed"sv && status != "completed"sv && status != "in_progress"sv && status != "cancelled"sv)
    return false;
  int now = dateline_month(f.m.lexed, f.m.dates);
  if (now == 0) return false;
  if (int last = last_month_named(f.m.lexed, d.sentence.b, d.sentence.e)) return last >= now;
  return month_named(f.m.lexed, d.own.b, d.sentence.e) > now;
}

// "chose the F-35A in December 2021 and signed the contract ... in February 2022": when the trigger sits
// in a second predicate joined by "and" to a past verb, and that predicate states a year, the year is its
// own, not the first predicate's. nullptr when there is no such predicate.
const DateSpan* second_predicate_year(const LexedText& t, const DealDraft& d,
                                      const std::vector<const DateSpan*>& ys) {
  for (std::size_t k = d.trigger; k > d.own.b + 1 && k + 40 > d.trigger; --k) {  // within a clause's reach
    std::string_view v = t.low(k);
    if (!t.is(k - 1, "and") || v.size() < 5 || v.substr(v.size() - 2) != "ed") continue;
    if (ys.front()->first > k) return nullptr;  // the first year is already this predicate's
    for (const DateSpan* y : ys)
      if (y->first > k) return y;
    return nullptr;
  }
  return nullptr;
}

}  // namespace

// The years of a list "2016 and 2017" / "2016, 2017 and 2018" inside r (empty when there is none).
std::vector<const DateSpan*> year_list(const FillContext& f, LexRange r) {
  std::vector<const DateSpan*> ys = years_in(f, r), out;
  for (std::size_t k = 0; k + 1 < ys.size(); ++k) {
    std::size_t gap_b = ys[k]->end, gap_e = ys[k + 1]->first;
    bool listed = gap_e > gap_b && gap_e - gap_b <= 2;
    for (std::size_t g = gap_b; g < gap_e && listed; ++g)
      listed = f.m.lexed.is(g, "and") || f.m.lexed.is(g, ",");
    if (!listed) {
      if (!out.empty()) break;
      continue;
    }
    if (out.empty()) out.push_back(ys[k]);
    out.push_back(ys[k + 1]);
  }
  return out;
}

// The date of the deal: in its clause, else (unless its clause is dated by the story's day) the last one
// before it, else the first one after it.
const DateSpan* date_of(const FillContext& f, const DealDraft& d) {
  if (under_reference(f, d)) return nullptr;  // "built in 2020 under the $100 million credit line"
  // "approved the sale of 25 jets in 2019 ...; Rabat signed the contract in 2020": the signature's year.
  if (std::size_t k = signed_later(f.m.lexed, d))
    if (std::vector<const DateSpan*> s = years_in(f, {k, d.sentence.e}); !s.empty()) return s.front();
  std::vector<const DateSpan*> ys = years_in(f, d.own);
  if (ys.size() > 1)
    if (const DateSpan* y = second_predicate_year(f.m.lexed, d, ys)) return y;
  if (!ys.empty()) return ys.front();
  if (const DateSpan* y = year_after_amount(f, d))
    return y;                                             // "a loan for a port, 180 million euros, in 2023"
  if (then_clause(f.m.lexed, d.own)) return nullptr;      // "came first in 2019, then a port concession"
  if (const DateSpan* y = ongoing_since(f, d)) return y;  // "has supplied trams since 2019"
  // "Cairo, which ordered 30 jets in 2021, signed a contract for four more on Monday": a clause dated by a
  // day or month of the story's own is not dated by the years of the clauses around it.
  // "HANOI, Oct 2 - The bridge, financed by Japan, opened in 2015": not the dateline opening the sentence.
  if (story_day(f, own_past_dateline(f, d))) return nullptr;
  // "date 2026-04-08 Ten years ago this week, ... signed": the story's dateline is not the deal's year.
  if (years_ago(f.m.lexed, d.sentence)) return nullptr;
  // "borrowed $18 billion between 2009 and 2016, and renegotiated part of it in 2022": a clause told over a
  // span of years is not dated by the clauses around it.
  if (told_over_span(f, d.own)) return nullptr;
  if (!(ys = years_in(f, d.head)).empty()) return ys.back();
  if (!(ys = years_in(f, d.tail)).empty()) return ys.front();
  // "In January 2022, the parties signed a protocol ..., and in February, a contract ...": the sentence's
  // year, stated before the deal.
  if (!(ys = years_in(f, {d.sentence.b, d.own.b})).empty()) return ys.back();
  if (const DateSpan* y = list_intro_year(f, d)) return y;  // "In 2019 the two sides signed:\n- ..."
  return among_year(f, d);  // "... signed agreements in 2014. Among them, Alstom agreed to supply ..."
}

// "In January that year", "the same month", "the following year": a time that refers back to the last year
// told before the sentence (within kBack lexemes), plus one for "following"/"next"; 0 when there is none.
int year_referred(const FillContext& f, LexRange sentence) {
  constexpr std::size_t kBack = 150;
  const LexedText& t = f.m.lexed;
  int add = -1;
  bool month = false;  // "the same month" needs a month told before, not a bare year ("after 2014")
  for (std::size_t k = sentence.b; k + 1 < sentence.e && add < 0; ++k) {
    bool unit = t.is(k + 1, "year") || t.is(k + 1, "month");
    if (unit && (t.is(k, "that") || t.is(k, "same"))) add = 0, month = t.is(k + 1, "month");
    if (unit && t.is(k + 1, "year") && (t.is(k, "following") || t.is(k, "next")) && t.is(k - 1, "the"))
      add = 1;
  }
  if (add < 0) return 0;
  std::size_t from = sentence.b > kBack ? sentence.b - kBack : 0;
  auto [d, end] = spans_in(f.m.dates, from, sentence.b);
  for (; end != d; --end) {
    const DateSpan& y = *(end - 1);
    if (!y.year || target_year(f, y) || span_start(t, y) || t.is(y.first - 1, "after")) continue;
    return month && !y.month ? 0 : y.year + add;
  }
  return 0;
}

// The dateline's year: for a deal the story reports as news (told on "Friday", "in April", or stated as
// done or decided without a time of its own), not for plans, talks or earlier events.
std::optional<int> dateline_year_of(const FillContext& f, const DealDraft& d, const std::string& status) {
  if (int y = year_referred(f, d.sentence)) return y;
  if (!f.dateline_year) return {};
  if (under_reference(f, d) || then_clause(f.m.lexed, d.own)) return {};  // "..., then a port concession"
  // "signed a contract on Friday, the second under a framework agreement signed last year": the deal's own
  // clause dates it before the story, whatever day the sentence's other deal was told on.
  if (earlier_date(f, d.own) || years_ago(f.m.lexed, d.sentence)) return {};
  // "Between 2015 and 2020, China lent Egypt $7 billion": told over a span of years, with no year of its own.
  if (told_over_span(f, {d.head.b, d.tail.e})) return {};
  // "... on Wednesday, while Qatar bought a stake": the day is the other clause's, not this deal's.
  if (apart_from_dated_clause(f, d)) return {};
  // "... signed a swap on Monday, while Japan and Indonesia are negotiating another": the day of another
  // deal's clause does not date this one (its head and tail hold no other deal).
  if (story_day(f, {d.head.b, d.tail.e}))
    return later_month(f, d, status) ? f.dateline_year - 1 : f.dateline_year;
  if (status == "proposed"sv || status == "negotiating"sv || earlier_time(f, d.sentence)) return {};
  if (signing_ahead(f.m.lexed, d.sentence)) return {};
  if (perfect(f.m.lexed, {d.own.b, d.tail.e}) || habitual(f.m.lexed, d)) return {};
  // A deal under way or cancelled, told without a time, is dated by nothing the text says of the deal.
  if (only_target(f, d.own) || status == "in_progress"sv || status == "cancelled"sv) return {};
  return f.dateline_year;
}

}  // namespace entente
