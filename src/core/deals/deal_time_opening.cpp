// Opening time phrases before a sentence's subject: "In 2019 it ...", "Last year, it ...".
#include "deal_time_opening.h"

#include <string_view>

namespace entente {

namespace {

bool month(const LexedText& t, std::size_t k) {
  for (std::string_view m : {"january", "february", "march", "april", "may", "june", "july", "august",
                             "september", "october", "november", "december"})
    if (t.is(k, m)) return true;
  return false;
}

bool year_number(const LexedText& t, std::size_t k) {
  if (k >= t.lex.size() || t.lex[k].kind != LexKind::Number) return false;
  std::string_view w = t.low(k);
  return w.size() == 4 && (w[0] == '1' || w[0] == '2');
}

}  // namespace

std::size_t after_time_opening(const LexedText& t, std::size_t b) {
  std::size_t k = b;
  if (t.is(k, "in")) {
    ++k;
    if (month(t, k)) ++k;
    if (!year_number(t, k)) return b;
    ++k;
  } else if ((t.is(k, "last") || t.is(k, "that") || t.is(k, "this") || t.is(k, "the")) &&
             t.is(k + 1, "year")) {
    k += 2;
  } else {
    return b;
  }
  if (t.is(k, ",")) ++k;
  return k;
}

}  // namespace entente
