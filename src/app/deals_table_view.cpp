// The Deals window's table: flat rows or one expandable row per group; cells with tooltips.
#include <algorithm>
#include <cstdio>

#include "deals_view.h"
#include "help.h"
#include "imgui.h"
#include "imgui_internal.h"  // ImGuiTable: column extents for state_json()
#include "money_format.h"
#include "widgets.h"

namespace entente {
namespace {

constexpr ImU32 kConflictColor = IM_COL32(255, 150, 60, 255);

// The value as "$153 million" (a conflict marker before it when reports differ); the exact figures on hover.
// Returns the label's width.
float value_cell(const Deal& d) {
  if (!d.value) return 0.0f;
  std::string label = format_money(*d.value, d.currency.value_or(""));
  if (d.value_qualifier)
    label = (*d.value_qualifier == "approx" ? "~" : *d.value_qualifier == "over" ? ">" : "") + label;
  float width = 0;
  if (!d.conflicts.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, kConflictColor);
    ImGui::TextUnformatted("!");
    ImGui::PopStyleColor();
    width += ImGui::GetItemRectSize().x + ImGui::GetStyle().ItemSpacing.x;
    ImGui::SameLine();
  }
  ImGui::TextUnformatted(label.c_str());
  width += ImGui::GetItemRectSize().x;
  if (ImGui::IsItemHovered()) {
    ImGui::BeginTooltip();
    ImGui::Text("%.2f %s", *d.value, d.currency.value_or("").c_str());
    if (d.value_usd) ImGui::Text("US$ %.2f", *d.value_usd);
    if (d.value_text) ImGui::Text("\"%s\"", d.value_text->c_str());
    for (const std::string& c : d.conflicts) ImGui::TextUnformatted(("! " + c).c_str());
    ImGui::EndTooltip();
  }
  return width;
}

// The hidden columns and the evidence, shown when the mouse rests on a row.
void row_tooltip(const AppModel& model, const Deal& d) {
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ImGui::GetFontSize() * 35.0f);
  const auto& docs = model.result.corpus.docs;
  const std::string name = d.doc >= 0 && d.doc < static_cast<int>(docs.size()) ? docs[d.doc].name : "";
  ImGui::Text("#%d %s", d.doc, name.c_str());
  ImGui::Text("%s, %s%s%s; confidence %.2f; group %d", d.kind.c_str(), d.sector.c_str(),
              d.quantity ? "; quantity " : "", d.quantity.value_or("").c_str(), d.confidence, d.group);
  ImGui::Separator();
  ImGui::TextUnformatted(d.evidence.text.c_str());
  muted_text("Click to read it in the Reader; right-click a column header for more columns.");
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
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
  ImGui::TableSetColumnIndex(kDealParties);
  char label[64];
  std::snprintf(label, sizeof label, "%s##g%d", open ? "[-]" : "[+]", g.group);
  if (ImGui::Selectable(label, false, ImGuiSelectableFlags_SpanAllColumns)) {
    if (open)
      open_groups_.erase(it);
    else
      open_groups_.insert(it, g.group);
    rebuild_group_lines();
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Group %d: the same deal told in several documents", g.group);
  ImGui::TableSetColumnIndex(kDealItem);
  ImGui::Text("%s (%zu reports)", deals[g.members[0]].item.c_str(), g.members.size());
  ImGui::TableSetColumnIndex(kDealGroup);
  ImGui::Text("%d", g.group);
  if (g.conflicts && ImGui::TableSetColumnIndex(kDealValue)) {
    ImGui::PushStyleColor(ImGuiCol_Text, kConflictColor);
    ImGui::TextUnformatted("! differing");
    ImGui::PopStyleColor();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("The reports give differing figures");
  }
}

void DealsView::draw_row(const AppModel& model, AppActions& actions, int index, bool member) {
  const Deal& d = model.result.deals.deals[index];
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ImGui::Text("%d", d.doc);
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(d.kind.c_str());
  ImGui::TableNextColumn();
  ImGui::TextUnformatted(d.sector.c_str());
  ImGui::TableNextColumn();
  std::string parties = member ? "   " : "";
  for (std::size_t i = 0; i < d.parties.size(); ++i) parties += (i ? ", " : "") + d.parties[i];
  parties += "##deal" + std::to_string(index);
  if (ImGui::Selectable(parties.c_str(), actions.selection.deal == index,
                        ImGuiSelectableFlags_SpanAllColumns))
    select(model, actions, index);
  if (ImGui::IsItemHovered()) row_tooltip(model, d);
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
  value_text_w_ = std::max(value_text_w_, value_cell(d));
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

namespace {

// Parties, item, value, year and status fit the panel; the other columns start hidden (a right-click on a
// header shows them) and are on the row's hover.
void setup_columns(AppActions& actions) {
  const float em = ImGui::GetFontSize();
  const ImGuiTableColumnFlags hidden = ImGuiTableColumnFlags_WidthFixed | ImGuiTableColumnFlags_DefaultHide;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("Doc", hidden);  // rows start in document order, no column marked as sorted
  ImGui::TableSetupColumn("Kind", hidden);
  ImGui::TableSetupColumn("Sector", hidden);
  ImGui::TableSetupColumn("Parties", ImGuiTableColumnFlags_WidthStretch, 1.0f);
  ImGui::TableSetupColumn("Item", ImGuiTableColumnFlags_WidthStretch, 1.4f);
  ImGui::TableSetupColumn("Value", ImGuiTableColumnFlags_WidthFixed, em * 7.2f);
  ImGui::TableSetupColumn("Quantity", hidden);
  ImGui::TableSetupColumn("Year", ImGuiTableColumnFlags_WidthFixed, em * 2.6f);
  ImGui::TableSetupColumn("Status", ImGuiTableColumnFlags_WidthFixed, em * 5.6f);
  ImGui::TableSetupColumn("Conf.", hidden);
  ImGui::TableSetupColumn("Group", hidden);
  ImGui::TableSetupColumn("Conflicts", hidden);
  table_headers_with_help(actions);
}

}  // namespace

void DealsView::draw_table(const AppModel& model, AppActions& actions) {
  const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_SortMulti |
                                ImGuiTableFlags_SortTristate | ImGuiTableFlags_RowBg |
                                ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_Resizable |
                                ImGuiTableFlags_ScrollY | ImGuiTableFlags_Hideable;
  if (!ImGui::BeginTable("deals", kDealColumns, flags)) return;
  setup_columns(actions);
  if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
    sort_.clear();
    for (int i = 0; i < specs->SpecsCount; ++i)
      sort_.push_back(
          {specs->Specs[i].ColumnIndex, specs->Specs[i].SortDirection == ImGuiSortDirection_Ascending});
    specs->SpecsDirty = false;
    refilter(model);
  }
  value_text_w_ = 0;
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
  record_columns();
  ImGui::EndTable();
}

void DealsView::record_columns() {
  const ImGuiTable* table = ImGui::GetCurrentTable();
  columns_json_.clear();
  for (int i = 0; table && i < table->ColumnsCount; ++i) {
    const ImGuiTableColumn& c = table->Columns[i];
    if (!c.IsEnabled) continue;
    char entry[160];
    std::snprintf(entry, sizeof entry, "%s{\"name\":%s,\"left\":%.1f,\"right\":%.1f}",
                  columns_json_.empty() ? "" : ",", json_text(ImGui::TableGetColumnName(i)).c_str(), c.MinX,
                  c.MaxX);
    columns_json_ += entry;
  }
  table_right_ = table ? table->InnerClipRect.Max.x : 0.0f;
}

}  // namespace entente
