// App: owns the current analysis result and the views that draw it. The analysis runs elsewhere (in the
// page, a Web Worker): the platform (src/platform) tells the app when a load begins, hands it each result
// section as it arrives (result_wire.h) and the progress, and calls update() and draw() from its main loop;
// the app asks for lexicon changes, cancels and stops through AnalysisBackend. The app never touches
// GLFW, GL or the browser.
//
// HOW TO ADD A VIEW (topics, deals, heatmap, side by side, ...)
//   1. Write src/app/<name>_view.{h,cpp}: a struct deriving from View, one ImGui window per file.
//      All view state (sort order, filters, selection, derived rows) lives in members; no statics.
//   2. id() returns a short stable key ("topics", "deals", "heatmap", ...): it names the view in the
//      View menu, in embed URLs (?panels=topics,deals) and in the tests.
//   3. on_result_changed(model) runs once per new result (and once at registration): compute every
//      derived thing there (sorted rows, colours, chart series), never per frame. A load publishes its
//      sections one by one: result_parts() names the parts the view reads, so it is called only when one
//      of them changed.
//   4. draw(model, actions) draws one window, reading only `model` (a const view of the result):
//        if (begin_window(model)) { ... }   // ImGui::Begin with the app's placement and flags
//        ImGui::End();                      // always, like ImGui::Begin
//      Cross-view links go through `actions.selection` (e.g. the heatmap sets selection.pair and the
//      side-by-side view shows it); requests to the app are flags on `actions`.
//   5. Register it with one line in App::App() (app.cpp): add_view(std::make_unique<TopicsView>());
//   Sizes: multiply pixel constants by model.ui_scale (device pixels per CSS pixel). Long lists use
//   ImGuiListClipper. Colours and small shared widgets live in src/app/widgets.h.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "analysis.h"
#include "lexicon.h"
#include "result_wire.h"
#include "texture.h"
#include "undo.h"

namespace entente {

// Where the current corpus came from; decides whether "add files" appends or replaces.
enum class CorpusOrigin { None, Samples, UserFiles, Urls };

// Progress of the running analysis, for progress bars.
struct LoadState {
  bool busy = false;
  double progress = 1.0;            // in [0, 1]
  std::string stage;                // "Reading files", ..., empty when idle
  std::size_t files = 0;            // files in the running job
  std::size_t done = 0, total = 0;  // work units of the stage (total 0: not counted)
  std::string unit;                 // "files", "pairs", "sweeps"
  double eta_s = -1;                // estimated seconds left, -1 when unknown
  std::string note;                 // after a load: "Cancelled." or a problem; empty otherwise
};

// "Aligning passages: 1,200 / 5,000 pairs, 63%, about 12 s left".
std::string describe_progress(const LoadState& load);

// Parts of the result, for AppModel::changed.
enum ResultPart : unsigned {
  kPartDocuments = 1,
  kPartTopics = 2,  // lexicon topics, terms and the final discovered topics
  kPartDiscovered = 4,
  kPartDeals = 8,  // mentions and deals
  kPartOverlap = 16,
  kPartAll = 31,
};

// A rectangle in device pixels (the app's default place for a window).
struct Rect {
  float x = 0, y = 0, w = 0, h = 0;
};

// Everything views may read. Owned by App; views get it as a const reference.
struct AppModel {
  AnalysisResult result;  // the current result: filled section by section while a load runs
  // Token and sentence counts per document: in the page, documents arrive with their text but without
  // tokens (result.corpus.docs[i].tokens is empty).
  std::vector<DocCounts> doc_counts;
  unsigned changed = kPartAll;   // ResultParts the last new result replaced (views may skip the rest)
  Lexicon lexicon;               // the lexicon result.topics is counted with (default, edited or loaded)
  std::uint64_t generation = 0;  // grows with every new result (a finished load or a lexicon change)
  std::uint64_t load_id = 0;     // id of the load (App::load) whose corpus `result` holds
  LoadState load;
  CorpusOrigin origin = CorpusOrigin::None;
  std::vector<std::string> source_urls;  // when origin == Urls, in document order
  float ui_scale = 1.0f;                 // device pixels per CSS pixel
  float display_w = 0, display_h = 0;    // device pixels
  bool compact = false;                  // embed layout: panels stacked, no decorations
  bool narrow = false;                   // phone layout: one panel at a time, full size, chosen by tabs
  bool dark = true;                      // colour theme (views pick chart colours from it)
  TextureFactory textures;               // set by the platform; empty: no images (see texture.h)
  std::string undo_label;                // what Undo (Ctrl+Z) would revert; empty: nothing
  std::string notice;  // the last corpus notice (a skipped duplicate, an undo); may be empty
};

// Shared selection for links between views; -1 means none.
struct Selection {
  int doc = -1;
  int pair = -1;  // index into result.overlap.pairs
  int deal = -1;  // index into result.deals.deals
  std::string topic;
};

// Where a few widgets were drawn in the last frame and which help tooltip showed, so that browser tests can
// point at them (device pixels).
struct UiProbe {
  std::vector<std::pair<std::string, Rect>> marks;  // ("header:Tokens", rect), ("corpus:remove", rect), ...
  std::string tooltip;                              // the help tooltip shown (help.h), empty when none
  bool popup = false;                               // a popup or menu is open
  int doc = -1;                                     // the selected document id
  Rect nav;                                         // the item with the keyboard focus (w 0: none)
  bool nav_visible = false;                         // its focus ring is drawn
};

// What a view may change while drawing: the shared selection and requests to the app.
struct AppActions {
  Selection selection;
  bool stop_sampling = false;          // end topic discovery early; the app clears the flag after acting
  std::string open_view;               // a view id to open (e.g. side_by_side on a heatmap click)
  bool cancel_load = false;            // drop the running load; the app clears the flag after acting
  std::optional<Lexicon> set_lexicon;  // count topics with this lexicon from now on (applied after drawing)
  std::string change_label;      // with set_lexicon: what the edit did ("Removed the term gas"), for undo
  std::vector<int> remove_docs;  // document indexes to remove from the corpus (undoable)
  bool clear_corpus = false;     // remove every document (undoable)
  bool undo = false;             // revert the last destructive action
  UiProbe probe;                 // filled while drawing, for tests (App::probe_json)
};

class View {
 public:
  virtual ~View() = default;
  // Short stable key: "corpus", "topics", "deals", "heatmap", ...
  virtual const char* id() const = 0;
  // Window title shown to the user (may carry an ImGui "###id" suffix).
  virtual const char* title() const = 0;
  // Called once per new result, before the next draw, when a part in result_parts() changed (a load
  // publishes its sections one by one; model.changed says which are new). Derive drawing data here.
  virtual void on_result_changed(const AppModel& model) { (void)model; }
  // The ResultParts on_result_changed() reads.
  virtual unsigned result_parts() const { return kPartAll; }
  // Called instead of on_result_changed while topics are being discovered (only the discovered topics
  // changed; they update a few times a second).
  virtual void on_discovered_changed(const AppModel& model) { (void)model; }
  // Draws the view's window (only when open). Reads `model`, may write `actions`.
  virtual void draw(const AppModel& model, AppActions& actions) = 0;
  // Height the view would like in the compact (embed) layout, in CSS pixels.
  virtual float preferred_height() const { return 320.0f; }
  // Width of the view's window relative to the others in its row of the default layout.
  virtual float layout_weight() const { return 1.0f; }
  // What the browser tests read about the last frame (a JSON object, e.g. column widths): see
  // App::ui_state_json().
  virtual std::string state_json() const { return "{}"; }

  // ImGui::Begin for this view: places the window on its layout slot when the layout changed, and uses
  // fixed, undecorated windows in the compact layout. Always pair with ImGui::End().
  bool begin_window(const AppModel& model);

  bool open = true;      // the user's close button / panel selection
  Rect slot;             // default window rectangle, set by the app's layout
  Rect drawn;            // where the window was last drawn (device pixels), for image exports
  bool relayout = true;  // apply `slot` on the next begin_window() (set by the app's layout)
  bool stale = false;    // a result came while the view was closed: on_result_changed() before it draws
  bool shown = false;    // drawn in the last frame (open, and the chosen tab in the narrow layout)
};

enum class LoadMode {
  Replace,  // the files become the whole corpus
  Add,      // appended to the user's files; replaces a sample or URL corpus
};

// How the app reaches the analysis (the platform's worker).
struct AnalysisBackend {
  std::function<void(const std::string&)> set_lexicon;  // count lexicon topics with this lexicon JSON
  std::function<void()> stop_sampling;                  // end topic discovery early
  std::function<void()> cancel;  // drop the running load; the platform then calls finish_load(id, true)
  // Corpus edits the page carries out: "remove" (arg: comma-separated document indexes), "clear", "restore"
  // (arg: the id of a corpus snapshot the page kept, see push_corpus_undo).
  std::function<void(const std::string& op, const std::string& arg)> corpus;
};

class App {
 public:
  App();  // registers every view
  ~App();
  App(const App&) = delete;
  App& operator=(const App&) = delete;

  void set_backend(AnalysisBackend backend) { backend_ = std::move(backend); }
  // A load of `files` files begins (a running one is dropped): the shown result is cleared at once. Returns
  // the load id and sets *append when the backend should analyze the files after the current corpus' files
  // (LoadMode::Add onto user files) rather than instead of them.
  std::uint64_t begin_load(std::size_t files, LoadMode mode, CorpusOrigin origin,
                           std::vector<std::string> urls, bool* append);
  // Applies one encoded result section (result_wire.h) of load `load_id` and publishes it; `notify`
  // tells the result listener too (a recount after a lexicon change). Returns false, changing nothing
  // shown, for another load's section; throws WireError for bytes that are not a section.
  bool apply_section(std::uint64_t load_id, std::string_view bytes, bool notify);
  // Progress of load `load_id` (ignored for other loads).
  void apply_progress(std::uint64_t load_id, const LoadState& state);
  // Load `load_id` is complete: publishes and tells the listener. A non-empty `failure` ("Cancelled.", or
  // why the worker stopped) clears its result instead and shows the failure.
  void finish_load(std::uint64_t load_id, const std::string& failure = {});
  // Acts on the views' requests (stop, cancel). Returns true while a load runs.
  bool update();
  // Draws every open view. Call between ImGui::NewFrame() and ImGui::Render().
  void draw();

  // Sets the display size and scale (device pixels); re-tiles the windows when they change.
  void set_display(float width, float height, float ui_scale);
  // Shows only the listed view ids (empty: all) and switches the compact embed layout on or off.
  void set_panels(const std::vector<std::string>& ids, bool compact);
  // Switches the colour theme (the platform restyles ImGui).
  void set_dark(bool dark) { model_.dark = dark; }
  // How views make GPU textures (the platform's; see texture.h).
  void set_texture_factory(TextureFactory factory) { model_.textures = std::move(factory); }
  // Height in device pixels the compact layout needs to show every panel fully.
  float content_height() const { return content_height_; }

  // Counts lexicon topics with `lexicon` from now on: the backend recounts the current corpus and sends the
  // topics section back (apply_section with notify); a running load and later loads use it too.
  void set_lexicon(Lexicon lexicon);
  // set_lexicon(parse_lexicon(json)). Returns an empty string on success, else the LexiconError message
  // ("lexicon line N: ..."); the current lexicon and result are then kept.
  std::string set_lexicon_json(const std::string& json);

  bool busy() const { return model_.load.busy; }
  const AppModel& model() const { return model_; }
  // Called after each new result is published (the platform tells JavaScript).
  void set_result_listener(std::function<void(const AppModel&)> listener) { listener_ = std::move(listener); }

  const std::vector<std::unique_ptr<View>>& views() const { return views_; }
  // Opens or closes the view with this id; false when there is no such view.
  bool set_view_open(const std::string& id, bool open);
  // Opens every view and puts each back at its default place and size (the View menu's "Reset layout").
  void reset_layout();
  // The layout of the last frame, for browser tests: {"narrow": bool, "active": id, "bar": height,
  // "items": [{"label", "rect"}] (the View button, its menu's entries while open, the tabs), "views": [{"id",
  // "open", "shown", "rect": [x, y, w, h], "state": View::state_json()}]}; CSS pixels.
  std::string ui_state_json() const;

  // Undo (app_undo.cpp). Remembers an undoable action: `label` says what was done, `undo` restores the state
  // before it. Shown in the undo bar; reverted by undo(), the bar's button or Ctrl+Z.
  void push_undo(std::string label, std::function<void()> undo);
  // Reverts the last destructive action. Returns its label, "" when there was none.
  std::string undo();
  // The page changed the corpus (`label`); asking the backend to "restore" `snapshot` undoes it.
  void push_corpus_undo(std::string label, int snapshot);
  // Makes closing the view `id` undoable (the close box calls it; so may a View menu).
  void remember_close(const std::string& id);
  // A short notice about the corpus for the undo bar ("b.txt skipped: same text as a.txt"); "" hides it.
  void set_notice(std::string notice);
  // The last frame's UiProbe as JSON: {"marks": {"name": [x, y, w, h], ...}, "tooltip": "..."}, CSS pixels.
  std::string probe_json() const;

 private:
  void add_view(std::unique_ptr<View> view);
  void clear_result();
  void publish_result(unsigned changed, bool notify);
  void layout();
  void act_on_corpus_requests();          // app_undo.cpp
  void apply_lexicon_request();           // app_undo.cpp
  void draw_undo_bar();                   // app_undo.cpp
  void handle_undo_keys();                // app_undo.cpp
  void mark_close_box(const View& view);  // app_undo.cpp
  void draw_panel_bar();  // app_layout.cpp: the View menu, and the panel tabs of the narrow layout
  void draw_panel_tabs();
  void note_bar_item(const std::string& label);
  void layout_grid(const std::vector<View*>& shown);

  AppModel model_;
  AppActions actions_;
  AnalysisBackend backend_;
  std::uint64_t next_load_id_ = 0;
  std::size_t corpus_files_ = 0;  // files of the current corpus (user files are appended to)
  std::vector<std::unique_ptr<View>> views_;
  std::function<void(const AppModel&)> listener_;
  float content_height_ = 0;
  UndoStack undo_;
  bool undo_bar_hidden_ = false;  // the user closed the bar; it shows again with the next action or notice
  UiProbe probe_;                 // the last frame's
  std::string active_;            // the view shown in the narrow layout
  std::string bar_items_;  // JSON: the panel bar's clickable items of the last frame (see ui_state_json)
  float bar_h_ = 0;        // height of the panel bar above the windows (device pixels; 0 when compact)
};

}  // namespace entente
