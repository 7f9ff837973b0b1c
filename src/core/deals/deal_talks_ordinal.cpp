// Ordinal goods in talks: "talks on a third ship".
#include "deal_talks_ordinal.h"

#include <string_view>

#include "deal_trigger_objects.h"

namespace entente {
namespace {

bool ordinal(std::string_view w) {
  for (std::string_view x :
       {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"})
    if (w == x) return true;
  return false;
}

bool unit_noun(std::string_view w) {
  for (std::string_view x :
       {"ship", "vessel", "submarine", "frigate", "corvette", "destroyer", "aircraft", "plane", "jet",
        "helicopter", "reactor", "satellite", "tanker", "carrier", "icebreaker"})
    if (w == x) return true;
  return false;
}

bool not_goods(std::string_view w) {
  for (std::string_view x : {"round", "rounds", "party", "parties", "time", "meeting", "session", "summit",
                             "visit", "term", "day", "week", "year", "quarter", "stage", "opinion"})
    if (w == x) return true;
  return false;
}

// The noun after the ordinal of `item` ("a third ship" -> "ship"), without a plural "s"; empty when the item
// holds no ordinal.
std::string_view ordinal_noun(std::string_view item) {
  std::size_t sp = item.rfind(' ');
  if (sp == std::string_view::npos) return {};
  bool has = false;
  for (std::size_t b = 0, e = 0; e != std::string_view::npos && !has; b = e + 1) {
    e = item.find(' ', b);
    has = ordinal(item.substr(b, e == std::string_view::npos ? e : e - b));
  }
  std::string_view n = item.substr(sp + 1);
  if (n.size() > 3 && n.back() == 's') n.remove_suffix(1);
  return has && n.size() > 2 ? n : std::string_view{};
}

}  // namespace

void ordinal_sectors(std::size_t first_new, std::vector<Deal>* deals) {
  for (std::size_t k = first_new; k < deals->size(); ++k) {
    Deal& d = (*deals)[k];
    std::string_view n = d.sector == "other" ? ordinal_noun(d.item) : std::string_view{};
    for (std::size_t j = first_new; !n.empty() && j-- > 0;) {
      const Deal& p = (*deals)[j];
      if (p.doc != d.doc || p.item.find(n) == std::string::npos) continue;
      d.sector = p.sector;
      break;
    }
  }
}

bool ordinal_goods(const TriggerScan& s, LexRange r) {
  for (std::size_t k = r.b; k + 1 < r.e; ++k) {
    if (!ordinal(s.t.low(k))) continue;
    // "a second round of", "a third party": no goods.
    if (not_goods(s.t.low(k + 1))) return false;
    if (unit_noun(s.t.low(r.e - 1))) return true;
    return sector_word(s, {k + 1, r.e});
  }
  return false;
}

}  // namespace entente
