// A project named as the purpose of the deal before it (deal_purpose_project.h).
#include "deal_purpose_project.h"

#include <string>
#include <string_view>

namespace entente {

namespace {

using namespace std::string_view_literals;

// A deal that can pay for a project named after it.
bool funding_kind(std::string_view kind) {
  return kind == "agreement"sv || kind == "loan"sv || kind == "assistance"sv;
}

// True when `project` is told after "for" in its sentence ("for a water project"), after the item of
// `deal` with no "and" or semicolon between them (which would start a deal of its own); or when the
// sentence opens on a loan or grant `deal` after "Under" and tells the project after its comma ("Under a $25
// million US grant, Bangladesh will upgrade its coast guard fleet").
bool named_as_purpose(const Deal& project, const Deal& deal) {
  const std::string& text = project.evidence.text;
  if (project.item.empty() || deal.item.empty()) return false;
  std::size_t p = text.find("for " + project.item), d = text.find(deal.item);
  std::size_t under = text.find("Under a"), comma = d == std::string::npos ? d : text.find(", ", d);
  bool money = deal.kind == "loan"sv || deal.kind == "assistance"sv;  // not "Under a separate deal, ..."
  if (p == std::string::npos && money && under < d && comma != std::string::npos &&
      comma < d + deal.item.size() + 24)
    p = text.find(project.item, comma);
  if (p == std::string::npos || d == std::string::npos || d >= p) return false;
  std::string_view between = std::string_view(text).substr(d, p - d);
  return between.find(" and ") == std::string_view::npos && between.find(';') == std::string_view::npos;
}

}  // namespace

void join_purpose_projects(std::size_t first_new, std::vector<Deal>* deals, std::vector<DealNote>* notes) {
  for (std::size_t k = first_new + 1; k < deals->size(); ++k) {
    const Deal& x = (*deals)[k];
    Deal& a = (*deals)[k - 1];
    if ((x.kind != "project"sv && x.kind != "agreement"sv) || x.value || x.aggregate) continue;
    if (!funding_kind(a.kind) || a.aggregate || a.parties != x.parties) continue;
    if (a.evidence.start != x.evidence.start || !named_as_purpose(x, a)) continue;
    a.sector = x.sector;
    deals->erase(deals->begin() + static_cast<std::ptrdiff_t>(k));
    notes->erase(notes->begin() + static_cast<std::ptrdiff_t>(k));
    --k;
  }
}

}  // namespace entente
