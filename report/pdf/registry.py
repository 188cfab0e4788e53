"""Every PDF the build publishes, named once. The build, the packs' writer, the site's links
and the tests read the names here; this module imports nothing, so the build can read it
before pandas loads."""

READING = "book"  # the reading PDF (Sphinx's LaTeX builder)
APPENDIX = "appendix"  # the data dictionary and every source

PACKS = {  # the classroom packs and teacher keys: file name -> (language, audience)
    "student-pack-en": ("en", "student"),
    "teacher-key-en": ("en", "teacher"),
    "student-pack-sv": ("sv", "student"),
    "teacher-key-sv": ("sv", "teacher"),
}
SLIDES = {"slides-en": "en", "slides-sv": "sv"}  # file name -> language

CLASSROOM = [*PACKS, *SLIDES]  # published under packs/
