// The Deals window: one row per deal (or per cross-document group), sortable by every column, filtered by
// country, sector, status and document and by a search box; money as "$153 million" with the exact value
// on hover; a marker on conflicting figures; CSV and JSON export of the shown rows. Clicking a row opens
// the Reader at the deal's evidence.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "app.h"
#include "deal_reader.h"
#include "deal_table.h"

struct ImGuiTableSortSpecs;

namespace entente {

struct DealsView : View {
  const char* id() const override { return "deals"; }
  const char* title() const override { return "Deals###deals"; }
  void on_result_changed(const AppModel& model) override;
  unsigned result_parts() const override { return kPartDeals; }
  void draw(const AppModel& model, AppActions& actions) override;
  float preferred_height() const override { return 420.0f; }
  float layout_weight() const override { return 1.6f; }  // five columns fit at 1024 px
  // {"rows", "refilter_ms", "toolbar_right", "content_right", "table_right", "value_text_w", "columns":
  // [{"name", "left", "right"}]}: the rows shown (after filters and search) and the milliseconds their last
  // filtering took; device pixels of the last frame (the widest value label; the shown columns' extents).
  std::string state_json() const override;

 private:
  void refilter(const AppModel& model);
  void build_haystacks(const AppModel& model);
  void draw_toolbar(const AppModel& model, AppActions& actions);
  void draw_toolbar_actions(const AppModel& model, AppActions& actions);
  void toolbar_item(float width);
  void record_columns();  // deals_table_view.cpp, before EndTable()
  // A filter's drop-down; `options` is one of the lists list_options() fills when a list is first opened.
  bool combo(const AppModel& model, const char* label, const std::vector<std::string>& options,
             std::string* value);
  void list_options(const AppModel& model);
  void draw_table(const AppModel& model, AppActions& actions);
  void draw_row(const AppModel& model, AppActions& actions, int index, bool member);
  void draw_group_header(const AppModel& model, int group_index);
  void regroup(const AppModel& model);
  void rebuild_group_lines();
  void select(const AppModel& model, AppActions& actions, int index);

  DealFilter filter_;
  std::vector<std::string> countries_, sectors_, statuses_;  // the filters' choices (list_options)
  bool options_ready_ = false;                               // they are listed for the current deals
  std::vector<DealSortKey> sort_;
  std::vector<int> rows_;             // filtered and sorted indexes into result.deals.deals
  std::vector<int> base_rows_;        // rows_ before the search (combos and sort only)
  std::string base_key_ = "\x01";     // the combos and sort base_rows_ was made with ("\x01": none yet)
  std::string needle_;                // the lower-cased search rows_ was made with
  double refilter_ms_ = 0;            // how long the last refilter() took (state_json, for the page bench)
  std::vector<DealGroupRow> groups_;  // rows_ by group (grouped view)
  std::vector<int> open_groups_;      // group ids the user expanded (sorted)
  // Grouped view, flattened once per filter or expansion change so the table can be clipped.
  struct GroupLine {
    enum Kind { Single, Header, Member } kind;
    int index;  // a deal index, or for Header an index into groups_
  };
  std::vector<GroupLine> group_lines_;
  // Every deal's searched fields, lower-cased, one after another (built once per result, when the search
  // box is first used; hay_at_ empty until then); deal i's are hay_[hay_at_[i], hay_at_[i + 1]).
  std::string hay_;
  std::vector<std::size_t> hay_at_;
  std::string_view haystack(int i) const {
    return std::string_view(hay_).substr(hay_at_[i], hay_at_[i + 1] - hay_at_[i]);
  }
  char search_[128] = {};
  bool grouped_ = false;
  bool dirty_ = true;  // filters changed: recompute rows_
  std::string status_;
  DealReader reader_;
  // Geometry of the last frame, for state_json().
  int toolbar_items_ = 0;
  float toolbar_right_ = 0, content_right_ = 0, table_right_ = 0, value_text_w_ = 0;
  std::string columns_json_;
};

}  // namespace entente
