// Refused offers (see deal_denial.h): an offer the same sentence says was refused, rejected, declined or
// turned down tells no deal.
#include <string_view>

#include "deal_denial.h"

namespace entente {
namespace {

constexpr std::size_t kOfferReach = 20;   // "offered Argentina a $600 million credit line for a pipeline"
constexpr std::size_t kRefuseReach = 30;  // "..., and Buenos Aires refused it"

bool offer_word(std::string_view w) {
  return w == "offered" || w == "offer" || w == "offers" || w == "proposed" || w == "proposal";
}

bool refuse_word(std::string_view w) {
  return w == "refused" || w == "rejected" || w == "declined" || w == "turned" || w == "spurned";
}

// "refused it", "rejected the offer", "turned it down", "turned the offer down", "was refused"; not a bare
// "that Lima mostly declined", which may tell a part taken.
bool refusal_at(const LexedText& t, LexRange sentence, std::size_t k) {
  if (!refuse_word(t.low(k))) return false;
  if (t.is(k, "turned")) return t.is(k + 1, "down") || t.is(k + 2, "down") || t.is(k + 3, "down");
  bool object = t.is(k + 1, "it") || t.is(k + 1, "them") || (t.is(k + 1, "the") && offer_word(t.low(k + 2)));
  bool passive = k > sentence.b && (t.is(k - 1, "was") || t.is(k - 1, "were"));
  return object || passive;
}

}  // namespace

bool refused_offer(const LexedText& t, LexRange sentence, std::size_t b) {
  bool offered = offer_word(t.low(b));
  for (std::size_t k = b; k > sentence.b && k + kOfferReach > b && !offered; --k)
    offered = offer_word(t.low(k - 1));
  if (!offered) return false;
  for (std::size_t k = b + 1; k < sentence.e && k < b + kRefuseReach; ++k)
    if (refusal_at(t, sentence, k)) return true;
  return false;
}

}  // namespace entente
