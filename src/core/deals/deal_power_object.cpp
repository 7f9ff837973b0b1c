// "solar power", "wind power": power named by its source is electricity (deal_power_object.h).
#include "deal_power_object.h"

namespace entente {

bool electric_power(const LexedText& t, std::size_t b, std::size_t head) {
  if (head <= b || !t.is(head, "power")) return false;
  return in_words(t.low(head - 1),
                  {"solar", "wind", "electric", "nuclear", "hydro", "hydroelectric", "thermal", "renewable",
                   "green", "clean", "surplus", "geothermal", "tidal"});
}

}  // namespace entente
