"""A missing system library is named with the Debian package that provides it."""

from gzmap.sysdeps import missing_library_message


def test_missing_egl_names_its_package():
    exc = ImportError("libEGL.so.1: cannot open shared object file: No such file or directory")
    assert missing_library_message(exc) == (
        "this computer lacks the system library libEGL.so.1; install it with: sudo apt-get install libegl1"
    )


def test_unknown_library_points_to_apt_file_and_other_errors_pass_through():
    exc = OSError("libfoo.so.3: cannot open shared object file: No such file or directory")
    assert "apt-file search libfoo.so.3" in missing_library_message(exc)
    assert missing_library_message(ValueError("bad eps")) is None
