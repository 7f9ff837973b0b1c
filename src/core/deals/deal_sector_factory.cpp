// Factories are manufacturing, sector other (deal_sector_factory.h).
#include "deal_sector_factory.h"

#include <cctype>
#include <string_view>

namespace entente {

namespace {

// "battery", "steel", "cathode": a noun naming goods, not a determiner, number or ordinal ("a third plant",
// "the new plant", "its 2019 plant").
bool made_goods(std::string_view w) {
  if (w.size() < 3 || !std::isalpha(static_cast<unsigned char>(w[0]))) return false;
  for (std::string_view s :
       {"the", "new", "first", "second", "third", "fourth", "fifth", "its", "their", "this", "that",
        "another", "planned", "proposed", "large", "largest", "big", "biggest", "huge"})
    if (w == s) return false;
  return true;
}

}  // namespace

bool factory_item(const LexedText& t, LexRange r) {
  // "plant outside Debrecen", "cell factory in St. Thomas": the factory word closes the noun phrase before
  // a place's preposition, else ends the item.
  std::size_t end = r.b;
  while (end < r.e && !t.is(end, "in") && !t.is(end, "at") && !t.is(end, "near") && !t.is(end, "outside") &&
         !t.is(end, "on") && !t.is(end, "for") && !t.is(end, ","))
    ++end;
  if (end == r.b) return false;
  std::string_view w = t.low(end - 1);
  if (w.size() > 1 && w.back() == 's' && w != "works") w.remove_suffix(1);
  // "a battery plant", "a steel plant" make goods, but "a third plant" of a water utility told just before
  // may be a water or power plant: a plant needs the goods it makes before it.
  if (w == "plant") return end >= r.b + 2 && made_goods(t.low(end - 2));
  return w == "factory" || w == "factorie" || w == "gigafactory" || w == "gigafactorie" || w == "mill" ||
         w == "brewery" || w == "brewerie" || w == "smelter";
}

}  // namespace entente
