// Follow-up sentences that price the deal just told (see deal_priced_next.h).
#include "deal_priced_next.h"

#include <string_view>

#include "spans_in.h"

namespace entente {
namespace {

constexpr std::size_t kOpening = 8;  // "The cost of the second phase is put at": the verb comes early

bool refers_back(std::string_view w) {
  return w == "it" || w == "this" || w == "its" || w == "the" || w == "their" || w == "that";
}

bool be(std::string_view w) {
  return w == "is" || w == "was" || w == "are" || w == "were" || w == "been" || w == "be";
}

bool valuing(std::string_view w) {
  return w == "put" || w == "estimated" || w == "valued" || w == "priced" || w == "pegged" || w == "set";
}

// "is put at $X": a form of "be", a verb of valuing and "at" right before the amount at k.
bool valued_at(const LexedText& t, std::size_t k) {
  return k >= 3 && t.is(k - 1, "at") && valuing(t.low(k - 2)) && be(t.low(k - 3));
}

// "would cost $X", "is expected to cost $X": the verb "cost" right before the amount at k.
bool costs(const LexedText& t, std::size_t k) {
  return k >= 1 && (t.is(k - 1, "cost") || t.is(k - 1, "costs"));
}

}  // namespace

const MoneySpan* priced_next(const LexedText& t, const std::vector<MoneySpan>& money, LexRange r) {
  if (r.e < r.b + 4 || !refers_back(t.low(r.b))) return nullptr;
  for (auto [m, end] = spans_in(money, r.b, r.e); m != end; ++m) {
    std::size_t k = m->qual_first;
    if (k > r.b + kOpening) break;
    if (valued_at(t, k) || costs(t, k)) return &*m;
  }
  return nullptr;
}

}  // namespace entente
