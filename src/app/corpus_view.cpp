// The Corpus window: document table with sortable columns, totals, errors in red, loading progress.
#include "corpus_view.h"

#include <algorithm>
#include <numeric>
#include <string>

#include "arabic_display.h"
#include "help.h"
#include "imgui.h"
#include "widgets.h"

namespace entente {
namespace {

enum Column { kId, kName, kSize, kTokens, kSentences, kEncoding, kTitle, kError, kColumns };

const char* origin_label(CorpusOrigin origin) {
  switch (origin) {
    case CorpusOrigin::Samples:
      return "Sample corpus";
    case CorpusOrigin::UserFiles:
      return "Your files";
    case CorpusOrigin::Urls:
      return "Loaded from URLs";
    case CorpusOrigin::None:
      break;
  }
  return "No corpus";
}

// Compares documents a and b of the model on one column; returns <0, 0 or >0.
int compare(const AppModel& model, int ia, int ib, int column) {
  const Document &a = model.result.corpus.docs[ia], &b = model.result.corpus.docs[ib];
  const DocCounts &ca = model.doc_counts[ia], &cb = model.doc_counts[ib];
  auto cmp = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
  switch (column) {
    case kName:
      return a.name.compare(b.name);
    case kSize:
      return cmp(a.bytes, b.bytes);
    case kTokens:
      return cmp(ca.tokens, cb.tokens);
    case kSentences:
      return cmp(ca.sentences, cb.sentences);
    case kEncoding:
      return a.encoding.compare(b.encoding);
    case kTitle:
      return a.title.compare(b.title);
    case kError:
      return a.error.compare(b.error);
    default:
      return cmp(a.id, b.id);
  }
}

}  // namespace

void CorpusView::on_result_changed(const AppModel& model) {
  const auto& docs = model.result.corpus.docs;
  order_.resize(docs.size());
  std::iota(order_.begin(), order_.end(), 0);
  total_tokens_ = total_sentences_ = total_bytes_ = 0;
  failed_ = 0;
  resort_ = true;
  names_.clear();
  titles_.clear();
  for (std::size_t i = 0; i < docs.size(); ++i) {
    const Document& d = docs[i];
    names_.push_back(display_text(d.name));
    titles_.push_back(display_text(d.title));
    total_tokens_ += model.doc_counts[i].tokens;
    total_sentences_ += model.doc_counts[i].sentences;
    total_bytes_ += d.bytes;
    failed_ += d.ok() ? 0 : 1;
  }
}

void CorpusView::sort_rows(const AppModel& model, const ImGuiTableSortSpecs& specs) {
  std::stable_sort(order_.begin(), order_.end(), [&](int a, int b) {
    for (int i = 0; i < specs.SpecsCount; ++i) {
      const ImGuiTableColumnSortSpecs& s = specs.Specs[i];
      const int c = compare(model, a, b, s.ColumnIndex);
      if (c != 0) return s.SortDirection == ImGuiSortDirection_Ascending ? c < 0 : c > 0;
    }
    return a < b;
  });
}

void CorpusView::draw(const AppModel& model, AppActions& actions) {
  if (begin_window(model)) {
    draw_summary(model, actions);
    draw_table(model, actions);
  }
  ImGui::End();
}

void CorpusView::draw_summary(const AppModel& model, AppActions& actions) const {
  const auto& docs = model.result.corpus.docs;
  ImGui::Text("%s: %zu documents, %s tokens, %s sentences, %s", origin_label(model.origin), docs.size(),
              format_count(total_tokens_).c_str(), format_count(total_sentences_).c_str(),
              format_bytes(total_bytes_).c_str());
  if (failed_ > 0) {
    ImGui::SameLine();
    ImGui::PushStyleColor(ImGuiCol_Text, kErrorColor);
    ImGui::Text("(%d not analyzed)", failed_);
    ImGui::PopStyleColor();
  }
  if (model.load.busy) {
    const std::string overlay = describe_progress(model.load);
    ImGui::ProgressBar(static_cast<float>(model.load.progress), ImVec2(-1, 0), overlay.c_str());
    if (ImGui::SmallButton("Cancel")) actions.cancel_load = true;
    if (model.load.stage == "Discovering topics") {
      ImGui::SameLine();
      if (ImGui::SmallButton("Stop topic discovery")) actions.stop_sampling = true;
    }
  } else if (!model.load.note.empty()) {
    muted_text(model.load.note.c_str());
  }
  if (!model.result.error.empty()) error_text(model.result.error);
  if (docs.empty() && !model.load.busy) {
    muted_text("Drop text files anywhere on the page, or use \"Open files...\" or \"Paste text\".");
  }
  if (!docs.empty() && !model.load.busy && !model.compact) draw_edit_buttons(model, actions);
}

// "Remove" (the selected document) and "Clear corpus"; both can be undone.
void CorpusView::draw_edit_buttons(const AppModel& model, AppActions& actions) const {
  const auto& docs = model.result.corpus.docs;
  int index = -1;
  for (std::size_t i = 0; i < docs.size(); ++i) {
    if (docs[i].id == actions.selection.doc) index = static_cast<int>(i);
  }
  ImGui::BeginDisabled(index < 0);
  if (ImGui::SmallButton("Remove")) actions.remove_docs.push_back(index);
  ImGui::EndDisabled();
  mark_item(actions, "corpus:remove");
  help_tooltip(actions,
               index < 0 ? "Select a document (click its row) to remove it; Undo puts it back."
                         : "Remove the selected document from the corpus (Delete key); Undo puts it back.");
  ImGui::SameLine();
  if (ImGui::SmallButton("Clear corpus")) actions.clear_corpus = true;
  mark_item(actions, "corpus:clear");
  help_tooltip(actions, "Remove every document; Undo puts them back.");
}

void CorpusView::draw_table(const AppModel& model, AppActions& actions) {
  if (model.result.corpus.docs.empty()) return;
  const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_SortMulti | ImGuiTableFlags_RowBg |
                                ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_Resizable |
                                ImGuiTableFlags_ScrollY | ImGuiTableFlags_ScrollX | ImGuiTableFlags_Hideable;
  if (!ImGui::BeginTable("documents", kColumns, flags)) return;
  setup_columns(model.ui_scale);
  table_headers_with_help(actions);
  if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && (specs->SpecsDirty || resort_)) {
    sort_rows(model, *specs);
    specs->SpecsDirty = false;
    resort_ = false;
  }
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(order_.size()));
  while (clipper.Step()) {
    for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) draw_row(model, actions, row);
  }
  ImGui::EndTable();
}

// The header row stays in view; with horizontal scrolling every column has a width of its own (CSS pixels x
// the UI scale s).
void CorpusView::setup_columns(float s) {
  ImGui::TableSetupScrollFreeze(0, 1);
  const ImGuiTableColumnFlags fixed = ImGuiTableColumnFlags_WidthFixed;
  ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_DefaultSort | fixed);
  ImGui::TableSetupColumn("Name", fixed, 190.0f * s);
  ImGui::TableSetupColumn("Size", fixed);
  ImGui::TableSetupColumn("Tokens", fixed);
  ImGui::TableSetupColumn("Sentences", fixed);
  ImGui::TableSetupColumn("Encoding", fixed);
  ImGui::TableSetupColumn("Title", fixed, 260.0f * s);
  ImGui::TableSetupColumn("Error", fixed, 260.0f * s);
}

// Table row `row` (in the sorted order): a document that could not be read is drawn in the error colour.
void CorpusView::draw_row(const AppModel& model, AppActions& actions, int row) const {
  const int index = order_[row];
  const Document& d = model.result.corpus.docs[index];
  ImGui::TableNextRow();
  if (!d.ok()) ImGui::PushStyleColor(ImGuiCol_Text, kErrorColor);
  ImGui::TableNextColumn();
  char label[32];
  std::snprintf(label, sizeof label, "%d", d.id);
  if (ImGui::Selectable(label, actions.selection.doc == d.id, ImGuiSelectableFlags_SpanAllColumns)) {
    actions.selection.doc = d.id;
  }
  row_actions(model, actions, index, row);
  const std::string cells[] = {names_[index],
                               format_bytes(d.bytes),
                               format_count(model.doc_counts[index].tokens),
                               format_count(model.doc_counts[index].sentences),
                               d.encoding,
                               titles_[index],
                               d.error};
  for (const std::string& cell : cells) {
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(cell.c_str());
  }
  if (!d.ok()) ImGui::PopStyleColor();
}

// A row's right-click menu and the Delete key on the selected row.
void CorpusView::row_actions(const AppModel& model, AppActions& actions, int index, int row) const {
  if (row < 3) mark_item(actions, "corpus:row" + std::to_string(row));
  if (!model.load.busy && ImGui::BeginPopupContextItem()) {
    if (ImGui::MenuItem("Remove this document")) actions.remove_docs.push_back(index);
    if (ImGui::MenuItem("Clear corpus")) actions.clear_corpus = true;
    ImGui::EndPopup();
  }
  const bool selected = actions.selection.doc == model.result.corpus.docs[index].id;
  if (selected && !model.load.busy && ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows) &&
      !ImGui::GetIO().WantTextInput && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Delete), false)) {
    actions.remove_docs.push_back(index);
  }
}

}  // namespace entente
