// Deals window: toolbar (filters, search, grouped toggle, exports) and the deal table.
#include "deals_view.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "deals_csv.h"
#include "help.h"
#include "imgui.h"
#include "result_json.h"
#include "widgets.h"

namespace entente {
namespace {

std::vector<Deal> picked(const std::vector<Deal>& deals, const std::vector<int>& rows) {
  std::vector<Deal> out;
  out.reserve(rows.size());
  for (int r : rows) out.push_back(deals[r]);
  return out;
}

std::string lower_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

void append_lower(std::string* out, std::string_view s) {
  const std::size_t at = out->size();
  out->resize(at + s.size());
  char* to = out->data() + at;
  for (std::size_t k = 0; k < s.size(); ++k)
    to[k] = s[k] >= 'A' && s[k] <= 'Z' ? static_cast<char>(s[k] - 'A' + 'a') : s[k];
}

// What the search box matches in a deal (the fields filter_deals() searches), lower-cased, appended to
// `out`. Fields are separated by a newline, which a one-line search box cannot hold, so no match spans two.
void append_haystack(std::string* out, const Deal& d) {
  append_lower(out, d.item);
  out->push_back('\n');
  for (const std::string& p : d.parties) append_lower(out, p), out->push_back(',');
  out->push_back('\n');
  if (d.value_text) append_lower(out, *d.value_text);
  out->push_back('\n');
  append_lower(out, d.evidence.text);
  out->push_back('\n');
  append_lower(out, d.kind);
}

}  // namespace

void DealsView::on_result_changed(const AppModel& /*model*/) {
  hay_.clear();
  hay_at_.clear();  // built when the search box is first clicked or searched
  countries_.clear(), sectors_.clear(), statuses_.clear();
  options_ready_ = false;  // listed when a filter's list is first opened (183 ms at 10,000 documents)
  filter_ = DealFilter{};
  search_[0] = '\0';
  base_key_ = "\x01";  // no filter has this key: the next refilter starts from the new deals
  needle_.clear();
  reader_.reset();
  open_groups_.clear();  // group ids are renumbered with every result
  dirty_ = true;
  status_.clear();
}

// hay_ for the deals of `model` (34 ms of lowering at 1,000 documents, so not before a search needs it).
void DealsView::build_haystacks(const AppModel& model) {
  const auto& deals = model.result.deals.deals;
  std::size_t bytes = 0;
  for (const Deal& d : deals) bytes += d.item.size() + d.evidence.text.size() + 64;
  hay_.clear();
  hay_.reserve(bytes);
  hay_at_.assign(1, 0);
  hay_at_.reserve(deals.size() + 1);
  for (const Deal& d : deals) {
    append_haystack(&hay_, d);
    hay_at_.push_back(hay_.size());
  }
}

// The rows before the search: what the combos let through, sorted. Recomputed only when a combo, the sort or
// the result changes; a search narrows them in order, and a search that extends the last one narrows the last
// one's rows, so a keystroke costs one scan of the rows still shown (167,000 deals at 10,000 documents).
void DealsView::refilter(const AppModel& model) {
  const auto started = std::chrono::steady_clock::now();
  const auto& deals = model.result.deals.deals;
  filter_.search.clear();  // matched here against the lower-cased haystacks
  std::string key =
      filter_.country + '\n' + filter_.sector + '\n' + filter_.status + '\n' + std::to_string(filter_.doc);
  for (const DealSortKey& k : sort_) key += '\n' + std::to_string(k.column) + (k.ascending ? '+' : '-');
  const bool same_base = key == base_key_;
  if (!same_base) {
    base_rows_ = filter_deals(deals, filter_);
    sort_deals(deals, sort_, &base_rows_);
    base_key_ = std::move(key);
  }
  const std::string needle = lower_ascii(search_);
  const bool narrowing = same_base && !needle_.empty() && needle.find(needle_) != std::string::npos;
  std::vector<int> shown = narrowing ? std::move(rows_) : base_rows_;
  if (!needle.empty()) {
    if (hay_at_.empty()) build_haystacks(model);
    shown.erase(std::remove_if(shown.begin(), shown.end(),
                               [&](int i) { return haystack(i).find(needle) == std::string_view::npos; }),
                shown.end());
  }
  rows_ = std::move(shown);
  needle_ = needle;
  regroup(model);
  dirty_ = false;
  refilter_ms_ =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
}

// The groups of rows_, only while the grouped view is on: 167,000 deals at 10,000 documents make ~100,000
// groups, most of a refilter's time (a whole frame when the deals arrive), for a view most never open.
void DealsView::regroup(const AppModel& model) {
  groups_.clear();
  group_lines_.clear();
  if (!grouped_) return;
  groups_ = group_rows(model.result.deals.deals, rows_);
  rebuild_group_lines();
}

void DealsView::rebuild_group_lines() {
  group_lines_.clear();
  for (std::size_t i = 0; i < groups_.size(); ++i) {
    const DealGroupRow& g = groups_[i];
    if (g.members.size() == 1) {
      group_lines_.push_back({GroupLine::Single, g.members[0]});
      continue;
    }
    group_lines_.push_back({GroupLine::Header, static_cast<int>(i)});
    if (std::binary_search(open_groups_.begin(), open_groups_.end(), g.group))
      for (int m : g.members) group_lines_.push_back({GroupLine::Member, m});
  }
}

void DealsView::list_options(const AppModel& model) {
  const auto& deals = model.result.deals.deals;
  countries_ = deal_parties(deals);
  sectors_ = deal_sectors(deals);
  statuses_ = deal_statuses(deals);
  options_ready_ = true;
}

bool DealsView::combo(const AppModel& model, const char* label, const std::vector<std::string>& options,
                      std::string* value) {
  bool changed = false;
  const float w = ImGui::GetFontSize() * 8.0f;  // the label inside the box ("Country: All") saves a column
  toolbar_item(w);
  ImGui::SetNextItemWidth(w);
  const std::string preview = std::string(label) + ": " + (value->empty() ? "All" : *value);
  if (ImGui::BeginCombo((std::string("##") + label).c_str(), preview.c_str())) {
    if (!options_ready_) list_options(model);  // fills the member `options` refers to
    if (ImGui::Selectable("All", value->empty())) value->clear(), changed = true;
    for (const std::string& o : options)
      if (ImGui::Selectable(o.c_str(), *value == o)) *value = o, changed = true;
    ImGui::EndCombo();
  }
  toolbar_right_ = std::max(toolbar_right_, ImGui::GetItemRectMax().x);
  return changed;
}

// Before each toolbar item: a new line when the item (`width` wide) does not fit beside the last one.
void DealsView::toolbar_item(float width) {
  if (toolbar_items_++ > 0) same_line_if_fits(width);
}

void DealsView::draw_toolbar(const AppModel& model, AppActions& actions) {
  const auto& docs = model.result.corpus.docs;
  toolbar_items_ = 0;
  toolbar_right_ = 0;
  dirty_ |= combo(model, "Country", countries_, &filter_.country);
  mark_item(actions, "deals:country");
  dirty_ |= combo(model, "Sector", sectors_, &filter_.sector);
  dirty_ |= combo(model, "Status", statuses_, &filter_.status);
  std::string doc_label = "Document: All";
  for (const Document& d : docs)
    if (d.id == filter_.doc) doc_label = "Document: " + d.name;
  const float em = ImGui::GetFontSize();
  toolbar_item(em * 9.0f);
  ImGui::SetNextItemWidth(em * 9.0f);
  if (ImGui::BeginCombo("##document", doc_label.c_str())) {
    if (ImGui::Selectable("All", filter_.doc < 0)) filter_.doc = -1, dirty_ = true;
    for (const Document& d : docs)
      if (ImGui::Selectable(d.name.c_str(), filter_.doc == d.id)) filter_.doc = d.id, dirty_ = true;
    ImGui::EndCombo();
  }
  toolbar_right_ = std::max(toolbar_right_, ImGui::GetItemRectMax().x);
  toolbar_item(em * 12.0f);
  ImGui::SetNextItemWidth(em * 12.0f);
  dirty_ |= ImGui::InputTextWithHint("##search", "Search items, parties, evidence", search_, sizeof search_);
  if (ImGui::IsItemActivated() && hay_at_.empty()) build_haystacks(model);  // before the first keystroke
  mark_item(actions, "deals:search");
  toolbar_right_ = std::max(toolbar_right_, ImGui::GetItemRectMax().x);
  if (dirty_) refilter(model);  // a keystroke or a pick shows its rows (and count) in the frame that takes it
  draw_toolbar_actions(model, actions);
}

// The second half of the toolbar: grouping, copies and the count.
void DealsView::draw_toolbar_actions(const AppModel& model, AppActions& actions) {
  toolbar_item(checkbox_width("Group across documents"));
  if (ImGui::Checkbox("Group across documents", &grouped_)) regroup(model);
  mark_item(actions, "deals:group");
  const auto& deals = model.result.deals.deals;
  toolbar_item(button_width("Copy CSV"));
  if (ImGui::Button("Copy CSV")) {
    ImGui::SetClipboardText(deals_csv(model.result.corpus, picked(deals, rows_)).c_str());
    status_ = "Shown deals copied as CSV.";
  }
  toolbar_item(button_width("Copy JSON"));
  if (ImGui::Button("Copy JSON")) {
    ImGui::SetClipboardText(deals_json_text(picked(deals, rows_)).c_str());
    status_ = "Shown deals copied as JSON.";
  }
  char count[64];
  std::snprintf(count, sizeof count, "%zu of %zu deals", rows_.size(), deals.size());
  toolbar_item(ImGui::CalcTextSize(count).x);
  ImGui::TextUnformatted(count);
  toolbar_right_ = std::max(toolbar_right_, ImGui::GetItemRectMax().x);
  content_right_ = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
  if (!status_.empty()) muted_text(status_.c_str());
}

std::string DealsView::state_json() const {
  char out[240];
  std::snprintf(
      out, sizeof out,
      "{\"rows\":%zu,\"grouped\":%s,\"group_lines\":%zu,\"refilter_ms\":%.2f,\"toolbar_right\":%.1f,"
      "\"content_right\":%.1f,\"table_right\":%.1f,\"value_text_w\":%.1f,\"columns\":[",
      rows_.size(), grouped_ ? "true" : "false", group_lines_.size(), refilter_ms_, toolbar_right_,
      content_right_, table_right_, value_text_w_);
  return out + columns_json_ + "]}";
}

void DealsView::draw(const AppModel& model, AppActions& actions) {
  if (dirty_) refilter(model);
  if (begin_window(model)) {
    if (model.result.deals.deals.empty()) {
      muted_text(model.load.busy ? "Finding deals..." : "No deals found in these texts.");
    } else {
      draw_toolbar(model, actions);
      draw_table(model, actions);
    }
  }
  ImGui::End();
  reader_.draw(model);
}

void DealsView::select(const AppModel& model, AppActions& actions, int index) {
  actions.selection.deal = index;
  actions.selection.doc = model.result.deals.deals[index].doc;
  reader_.show(model, index);
}

}  // namespace entente
