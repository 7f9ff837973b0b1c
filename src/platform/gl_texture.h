// The WebGL2 side of src/app/texture.h: one GL texture per Texture.
#pragma once

#include <memory>

#include "texture.h"

namespace entente {

// A new GL texture (needs the current GL context, as ImGui's OpenGL3 backend does).
std::unique_ptr<Texture> make_gl_texture();

}  // namespace entente
