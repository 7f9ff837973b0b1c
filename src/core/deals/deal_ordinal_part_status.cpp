// Parts of a signed package: an ordinal part ("The first agreement covers ...") after "signed two
// agreements" is signed too.
#include "deal_ordinal_part_status.h"

#include <string_view>

namespace entente {
namespace {

constexpr std::size_t kBack = 80;  // lexemes searched before the sentence: a paragraph, not a page

bool ordinal_opening(const LexedText& t, LexRange sentence) {
  std::size_t k = sentence.b;
  if (k + 3 >= sentence.e || !t.is(k, "the")) return false;
  if (!in_words(t.low(k + 1), {"first", "second", "third", "fourth", "fifth", "last", "final", "other"}))
    return false;
  std::size_t v = k + 2;
  if (in_words(t.low(v), {"agreement", "deal", "contract", "memorandum", "accord", "document", "one"})) ++v;
  return in_words(t.low(v), {"is", "was", "covers", "covered", "concerns", "concerned"});
}

}  // namespace

bool ordinal_part_of_signed(const LexedText& t, LexRange sentence) {
  if (!ordinal_opening(t, sentence)) return false;
  std::size_t from = sentence.b > kBack ? sentence.b - kBack : 0;
  for (std::size_t k = from; k < sentence.b; ++k) {
    if (!t.is(k, "signed")) continue;
    for (std::size_t j = k + 1; j < sentence.b && j < k + 5; ++j)
      if (in_words(t.low(j), {"agreements", "deals", "contracts", "documents", "memoranda", "accords"}))
        return true;
  }
  return false;
}

}  // namespace entente
