// A dam told with its turbines or electricity is energy (deal_sector_dam.h).
#include "deal_sector_dam.h"

#include <string_view>

namespace entente {

namespace {

bool word_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Whether `text` holds `w` as a whole word (lower case, as items and evidence mostly write it).
bool has_word(std::string_view text, std::string_view w) {
  for (std::size_t at = text.find(w); at != std::string_view::npos; at = text.find(w, at + 1)) {
    bool open = at == 0 || !word_char(text[at - 1]);
    std::size_t end = at + w.size();
    if (open && (end == text.size() || !word_char(text[end]))) return true;
  }
  return false;
}

bool speaks_of_power(std::string_view text) {
  for (std::string_view w : {"turbine", "turbines", "hydropower", "hydroelectric", "hydro-electric",
                             "megawatts", "megawatt", "electricity", "hydro"})
    if (has_word(text, w)) return true;
  return false;
}

}  // namespace

void hydro_dams(std::vector<Deal>* deals) {
  for (Deal& d : *deals) {
    if (d.sector != "infrastructure" || (!has_word(d.item, "dam") && !has_word(d.item, "dams"))) continue;
    bool power = speaks_of_power(d.evidence.text);
    for (const Evidence& e : d.evidence_extra) power |= speaks_of_power(e.text);
    if (power) d.sector = "energy";
  }
}

}  // namespace entente
