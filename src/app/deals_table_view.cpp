// The Deals window's table: flat rows or one expandable row per group; cells with tooltips.
#include <algorithm>
#include <cstdio>

#include "deals_view.h"
#include "help.h"
#include "imgui.h"
#include "money_format.h"
#include "widgets.h"

namespace entente {
namespace {

constexpr ImU32 kConflictColor = IM_COL32(255, 150, 60, 255);

void value_cell(const Deal& d) {
  if (!d.value) return;
  std::string label = format_money(*d.value, d.currency.value_or(""));
  if (d.value_qualifier)
    label = (*d.value_qualifier == "approx" ? "~" : *d.value_qualifier == "over" ? ">" : "") + label;
  ImGui::TextUnformatted(label.c_str());
  if (ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    ImGui::Text("%.2f %s", *d.value, d.currency.value_or("").c_str());
    if (d.value_usd) ImGui::Text("US$ %.2f", *d.value_usd);
    if (d.value_text) ImGui::Text("\"%s\"", d.value_text->c_str());
    ImGui::EndTooltip();
  }
}

void conflicts_cell(const Deal& d) {
  if (d.conflicts.empty()) return;
  ImGui::PushStyleColor(ImGuiCol_Text, kConflictColor);
  ImGui::Text("! %zu", d.conflicts.size());
  ImGui::PopStyleColor();
  if (ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    for (const std::string& c : d.conflicts) ImGui::TextUnformatted(c.c_str());
    ImGui::EndTooltip();
  }
}

}  // namespace

// What each status of the deals contract means (../deals.h), for tooltips.
const char* status_meaning(const std::string& status) {
  if (status == "proposed") return "proposed: offered, planned, wanted or under consideration";
  if (status == "negotiating") return "negotiating: in talks or under negotiation";
  if (status == "announced") return "announced: pledged, approved or agreed in principle, not yet signed";
  if (status == "signed") return "signed: signed, concluded, ordered or purchased";
  if (status == "in_progress") return "in progress: construction or deliveries under way";
  if (status == "completed") return "completed: delivered, held, launched or inaugurated";
  if (status == "cancelled") return "cancelled: dropped, failed or suspended";
  return "";
}

// A group's header row: a toggle that expands or collapses its members, the item, and a conflict marker.
void DealsView::draw_group_header(const AppModel& model, int group_index) {
  const DealGroupRow& g = groups_[group_index];
  const auto& deals = model.result.deals.deals;
  auto it = std::lower_bound(open_groups_.begin(), open_groups_.end(), g.group);
  const bool open = it != open_groups_.end() && *it == g.group;
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  char label[64];
  std::snprintf(label, sizeof label, "%s##g%d", open ? "[-]" : "[+]", g.group);
  if (ImGui::Selectable(label, false, ImGuiSelectableFlags_SpanAllColumns)) {
    if (open)
      open_groups_.erase(it);
    else
      open_groups_.insert(it, g.group);
    rebuild_group_lines();
  }
  ImGui::TableSetColumnIndex(kDealItem);
  ImGui::Text("%s (%zu reports)", deals[g.members[0]].item.c_str(), g.members.size());
  ImGui::TableSetColumnIndex(kDealGroup);
  ImGui::Text("%d", g.group);
  ImGui::TableSetColumnIndex(kDealConflicts);
  if (g.conflicts) {
    ImGui::PushStyleColor(ImGuiCol_Text, kConflictColor);
    ImGui::TextUnformatted("! differing figures");
    ImGui::PopStyleColor();
  }
}

void DealsView::draw_row(const AppModel& model, AppActions& actions, int index, bool member) {
  const Deal& d = model.result.deals.deals[index];
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  char label[64];
  std::snprintf(label, sizeof label, "%s%d##deal%d", member ? "   " : "", d.doc, index);
  if (ImGui::Selectable(label, actions.selection.deal == index, ImGuiSelectableFlags_SpanAllColumns))
    select(model, actions, index);
  if (ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 35.0f);
    ImGui::TextUnformatted(d.evidence.text.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
  }
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(d.kind.c_str());
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(d.sector.c_str());
  ImGui::TableNextColumn();
  std::string parties;
  for (std::size_t i = 0; i < d.parties.size(); ++i) parties += (i ? ", " : "") + d.parties[i];
  ImGui::TextUnformatted(parties.c_str());
  ImGui::TableNextColumn();
  if (d.aggregate) {
    muted_text("[all]");
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip(
          "An umbrella: it counts or prices other deals (its parts may have rows of their own).");
    ImGui::SameLine();
  }
  ImGui::TextUnformatted(d.item.c_str());
  if (!d.evidence_extra.empty() && ImGui::IsItemHovered())
    ImGui::SetTooltip("Told in %zu sentences of this document; the Reader highlights them all.",
                      d.evidence_extra.size() + 1);
  ImGui::TableNextColumn();
  value_cell(d);
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(d.quantity.value_or("").c_str());
  ImGui::TableNextColumn();
  if (d.year) ImGui::Text("%d", *d.year);
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(d.status.c_str());
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", status_meaning(d.status));
  ImGui::TableNextColumn();
  ImGui::Text("%.2f", d.confidence);
  ImGui::TableNextColumn();
  ImGui::Text("%d", d.group);
  ImGui::TableNextColumn();
  conflicts_cell(d);
}

void DealsView::draw_table(const AppModel& model, AppActions& actions) {
  const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_SortMulti | ImGuiTableFlags_RowBg |
                                ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_Resizable |
                                ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX | ImGuiTableFlags_Hideable;
  if (!ImGui::BeginTable("deals", kDealColumns, flags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("Doc", ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableSetupColumn("Kind", ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableSetupColumn("Sector", ImGuiTableColumnFlags_WidthFixed);
  const float em = ImGui::GetFontSize();
  ImGui::TableSetupColumn("Parties", ImGuiTableColumnFlags_WidthFixed, em * 9.0f);
  ImGui::TableSetupColumn("Item", ImGuiTableColumnFlags_WidthFixed, em * 20.0f);
  ImGui::TableSetupColumn("Value", ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableSetupColumn("Quantity", ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableSetupColumn("Year", ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableSetupColumn("Status", ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableSetupColumn("Conf.", ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableSetupColumn("Group", ImGuiTableColumnFlags_WidthFixed);
  ImGui::TableSetupColumn("Conflicts", ImGuiTableColumnFlags_WidthFixed);
  table_headers_with_help(actions);
  if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
    sort_.clear();
    for (int i = 0; i < specs->SpecsCount; ++i)
      sort_.push_back(
          {specs->Specs[i].ColumnIndex, specs->Specs[i].SortDirection == ImGuiSortDirection_Ascending});
    specs->SpecsDirty = false;
    refilter(model);
  }
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(grouped_ ? group_lines_.size() : rows_.size()));
  while (clipper.Step()) {
    for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
      if (!grouped_) {
        draw_row(model, actions, rows_[r], false);
      } else if (group_lines_[r].kind == GroupLine::Header) {
        draw_group_header(model, group_lines_[r].index);
      } else {
        draw_row(model, actions, group_lines_[r].index, group_lines_[r].kind == GroupLine::Member);
      }
    }
  }
  ImGui::EndTable();
}

}  // namespace entente
