// Days of a saying that do not date a proposal (see deal_said_date.h).
#include "deal_said_date.h"

#include <string_view>

#include "spans_in.h"

namespace entente {

using namespace std::string_view_literals;  // "..."sv: std::string == string_view compares inline

namespace {

constexpr std::size_t kSayReach = 3;  // "said on Tuesday", "told reporters on Monday"

bool saying(std::string_view w) {
  return w == "said" || w == "says" || w == "say" || w == "told" || w == "announced";
}

// The date at [first, ...) follows a saying verb, up to three lexemes back, and writes no year.
bool said_day(const LexedText& t, const DateSpan& d) {
  for (std::size_t j = d.first; j < d.end; ++j)
    if (t.lex[j].kind == LexKind::Number && t.low(j).size() == 4) return false;  // "on 3 May 2025"
  for (std::size_t k = d.first; k > 0 && k + kSayReach + 1 > d.first; --k)
    if (saying(t.low(k - 1))) return true;
  return false;
}

// "said on Tuesday", "told reporters yesterday": a day told right after a saying verb.
bool said_on_day(const LexedText& t, LexRange sentence) {
  for (std::size_t k = sentence.b; k < sentence.e; ++k) {
    if (!saying(t.low(k))) continue;
    for (std::size_t j = k + 1; j < sentence.e && j < k + kSayReach + 1; ++j)
      if (in_words(t.low(j), {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                              "yesterday", "today"}))
        return true;
  }
  return false;
}

// "KUALA LUMPUR, April 14 (Wire) - ...": the lexeme after the spaced dash that closes a dateline opening
// the sentence (the last one in its first sixteen lexemes; not the joined dashes of "2026-04-14"), else the
// sentence's start.
std::size_t dateline_end(const LexedText& t, LexRange sentence) {
  constexpr std::size_t kOpening = 16;
  std::size_t end = sentence.b;
  for (std::size_t k = sentence.b + 1; k < sentence.e && k < sentence.b + kOpening; ++k) {
    bool dash = t.is(k, "-") || t.is(k, "\xE2\x80\x94") || t.is(k, "\xE2\x80\x93");
    if (dash && !t.joined(k - 1) && !t.joined(k)) end = k + 1;
  }
  return end;
}

}  // namespace

void undate_said_proposals(const FillContext& f, LexRange sentence, std::size_t first_new,
                           std::vector<Deal>* deals) {
  const LexedText& t = f.m.lexed;
  bool proposal = false;
  for (std::size_t k = first_new; k < deals->size(); ++k)
    proposal |= (*deals)[k].status == "proposed"sv && (*deals)[k].year.has_value();
  if (!proposal || !said_on_day(t, sentence)) return;
  std::size_t opening = dateline_end(t, sentence);
  for (auto [d, end] = spans_in(f.m.dates, sentence.b, sentence.e); d != end; ++d) {
    if (d->first < opening || (d->first > 0 && t.is(d->first - 1, "date"))) continue;  // the dateline
    if (!said_day(t, *d)) return;
  }
  for (std::size_t k = first_new; k < deals->size(); ++k) {
    Deal& d = (*deals)[k];
    if (d.status == "proposed"sv) d.year.reset(), d.date_text.reset();
  }
}

}  // namespace entente
