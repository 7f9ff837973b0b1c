// Whose time a time of a sentence is (see deal_year_scope.h): used by deal_year.cpp before a deal told
// without a time of its own takes the dateline's year.
#include "deal_year_scope.h"

#include <algorithm>
#include <string_view>

#include "dateline.h"
#include "deal_year_marks.h"
#include "spans_in.h"

namespace entente {

namespace {

constexpr std::size_t kRoundup = 6;  // countries named in a text that gathers unrelated deals
constexpr std::size_t kLead = 120;   // lexemes of a text's title and lead, where its event is named
constexpr std::size_t kOpening = 3;  // "On Monday,", "Last week,": a time opening the sentence dates it all

// A time in lexemes [b, e): a date (a year, a month, "last week") other than the dateline, or a day or
// month of the story ("on Monday", "in February").
bool holds_time(const FillContext& f, std::size_t b, std::size_t e) {
  if (b >= e) return false;
  const DateSpan* top = dateline_span(f.m.lexed, f.m.dates);
  for (auto [d, end] = spans_in(f.m.dates, b, e); d != end; ++d)
    if (d != top) return true;
  return dateline_relative(f.m.lexed, {}, b, e);
}

// "..., while" / "..., whereas" at the seam before the clause that starts at lexeme b.
bool set_against(const LexedText& t, std::size_t from, std::size_t b) {
  for (std::size_t k = b > from + 2 ? b - 2 : from; k < b + 2 && k < t.lex.size(); ++k)
    if (t.is(k, "while") || t.is(k, "whereas")) return true;
  return false;
}

// "and Japan's MHI will supply turbines": a "will" before the trigger in its clause.
bool future(const LexedText& t, const DealDraft& d) {
  for (std::size_t k = d.own.b; k < d.trigger && k < d.own.e; ++k)
    if (t.is(k, "will") || t.is(k, "ll")) return true;
  return false;
}

// "at the ASEAN summit", "on the sidelines", "Elsewhere at the show": a gathering named in lexemes [b, e),
// whose deals, between whichever countries, are the story's own event.
bool names_gathering(const LexedText& t, std::size_t b, std::size_t e) {
  return any_in_words(t, b, e,
                      {"summit", "sidelines", "airshow", "exhibition", "expo", "show", "forum", "conference",
                       "visit", "meeting"});
}

}  // namespace

bool apart_from_dated_clause(const FillContext& f, const DealDraft& d) {
  const LexedText& t = f.m.lexed;
  std::size_t from = d.sentence.b + kOpening;
  if (d.own.b <= from || holds_time(f, d.own.b, d.tail.e)) return false;
  if (!holds_time(f, from, d.own.b)) return false;
  return set_against(t, from, d.own.b) || future(t, d);
}

bool told_over_span(const FillContext& f, LexRange r) {
  for (auto [y, end] = spans_in(f.m.dates, r.b, r.e); y != end; ++y)
    if (y->year && span_end(f.m.lexed, *y)) return true;
  return false;
}

bool aside_from_story(const FillContext& f, const DealDraft& d, const std::vector<std::string>& parties) {
  if (f.main_pair.size() != 2 || f.m.country_rank.size() < kRoundup) return false;
  bool main = std::find(parties.begin(), parties.end(), f.main_pair[0]) != parties.end() &&
              std::find(parties.begin(), parties.end(), f.main_pair[1]) != parties.end();
  if (main || holds_time(f, d.sentence.b, d.sentence.e)) return false;
  const LexedText& t = f.m.lexed;
  return !names_gathering(t, 0, kLead) &&
         !names_gathering(t, d.sentence.b, std::min(d.sentence.e, d.sentence.b + kLead));
}

bool told_separately(const FillContext& f, const DealDraft& d) {
  const LexedText& t = f.m.lexed;
  std::size_t e = std::min(d.sentence.e, d.sentence.b + kLead);
  bool apart = false;
  for (std::size_t k = d.sentence.b; k < e; ++k) {
    if (t.is(k, "also")) return false;
    apart |= t.is(k, "separately") || t.is(k, "separate");
  }
  return apart && !names_gathering(t, d.sentence.b, e) && !holds_time(f, d.sentence.b, d.sentence.e);
}

}  // namespace entente
