// A later batch of an order received: deliveries under way.
#include "deal_later_batch.h"

#include <string_view>

namespace entente {
namespace {

bool batch_noun(std::string_view w) {
  for (std::string_view x : {"batch", "consignment", "shipment", "tranche", "lot", "delivery"})
    if (w == x) return true;
  return false;
}

bool later_word(std::string_view w) {
  for (std::string_view x :
       {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "latest",
        "another", "next", "new", "further", "2nd", "3rd", "4th", "5th"})
    if (w == x) return true;
  return false;
}

bool final_word(std::string_view w) {
  return w == "last" || w == "final" || w == "remaining";
}

bool received_word(const LexedText& t, std::size_t k) {
  std::string_view w = t.low(k);
  return w == "received" || w == "receives" || w == "arrived" || w == "delivered" || w == "unloaded" ||
         (w == "took" && t.is(k + 1, "delivery")) || (w == "handed" && t.is(k + 1, "over"));
}

}  // namespace

bool later_batch_received(const LexedText& t, const DealDraft& d) {
  constexpr std::size_t kNear = 4;  // lexemes from the delivery verb to the ordinal: "took delivery of the"
  for (std::size_t k = d.sentence.b + 1; k < d.sentence.e; ++k) {
    if (!batch_noun(t.low(k))) continue;
    if (final_word(t.low(k - 1))) return false;
    if (!later_word(t.low(k - 1))) continue;
    // "has received the third batch", "took delivery of the second batch": the verb just before.
    for (std::size_t v = k - 1; v > d.sentence.b && v + kNear + 1 >= k; --v)
      if (received_word(t, v - 1)) return true;
    // "The third batch of tractors arrived on Monday": the batch opens the sentence.
    bool opens = k <= d.sentence.b + 2 && (t.is(d.sentence.b, "the") || t.is(d.sentence.b, "a"));
    for (std::size_t v = k + 1; opens && v < d.sentence.e; ++v)
      if (received_word(t, v)) return true;
  }
  return false;
}

}  // namespace entente
