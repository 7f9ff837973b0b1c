// GL textures for the app's images (see texture.h): glTexImage2D on first upload and on a size change,
// glTexSubImage2D otherwise; nearest sampling; the caller's texture binding is restored.
#include "gl_texture.h"

#include <GLES3/gl3.h>

#include <cstdint>

namespace entente {
namespace {

class GlTexture : public Texture {
 public:
  explicit GlTexture(std::uint64_t* uploads) : uploads_(uploads) {
    GLint previous = 0;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &previous);
    glGenTextures(1, &id_);
    glBindTexture(GL_TEXTURE_2D, id_);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(previous));
  }
  ~GlTexture() override { glDeleteTextures(1, &id_); }
  GlTexture(const GlTexture&) = delete;
  GlTexture& operator=(const GlTexture&) = delete;

  void upload(int width, int height, const std::uint32_t* pixels) override {
    GLint previous = 0;
    glGetIntegerv(GL_TEXTURE_BINDING_2D, &previous);
    glBindTexture(GL_TEXTURE_2D, id_);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
    if (width != width_ || height != height_) {
      glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
      width_ = width;
      height_ = height;
    } else {
      glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, pixels);
    }
    glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(previous));
    ++*uploads_;
  }

  ImTextureID id() const override { return reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(id_)); }

 private:
  std::uint64_t* uploads_;
  GLuint id_ = 0;
  int width_ = 0, height_ = 0;
};

}  // namespace

std::unique_ptr<Texture> make_gl_texture(std::uint64_t* uploads) {
  return std::make_unique<GlTexture>(uploads);
}

}  // namespace entente
