// A time between a deal noun and its topic (see deal_skipped_time.h).
#include "deal_skipped_time.h"

#include <string_view>

namespace entente {
namespace {

bool month(std::string_view w) {
  for (std::string_view m : {"january", "february", "march", "april", "may", "june", "july", "august",
                             "september", "october", "november", "december"})
    if (w == m) return true;
  return false;
}

bool period(std::string_view w) {
  return w == "year" || w == "month" || w == "week" || w == "spring" || w == "summer" || w == "autumn" ||
         w == "fall" || w == "winter";
}

bool year_number(const LexedText& t, std::size_t k) {
  std::string_view w = t.low(k);
  return t.lex[k].kind == LexKind::Number && w.size() == 4 && (w[0] == '1' || w[0] == '2');
}

}  // namespace

bool time_skipped(const LexedText& t, std::size_t b, std::size_t e) {
  for (std::size_t k = b; k < e; ++k) {
    bool relative = (t.is(k, "last") || t.is(k, "this") || t.is(k, "next") || t.is(k, "earlier")) &&
                    k + 1 < e && period(t.low(k + 1));
    if (relative ||
        ((t.is(k, "in") || t.is(k, "since")) && k + 1 < e && (month(t.low(k + 1)) || year_number(t, k + 1))))
      return true;
  }
  return false;
}

std::size_t past_topic_word(const LexedText& t, std::size_t b, std::size_t e) {
  bool topic = t.is(b, "on") || t.is(b, "for") || t.is(b, "covering");
  return topic && b + 1 < e ? b + 1 : b;
}

bool bare_topic_dated(const LexedText& t, const DealDraft& d, std::size_t head, std::size_t j) {
  bool topic = t.is(j, "on") || t.is(j, "for") || t.is(j, "covering");
  return topic && head == d.trigger && time_skipped(t, d.trigger_end, j);
}

}  // namespace entente
