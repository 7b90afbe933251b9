"""Jupyter's own kernel conformance suite (jupyter_kernel_test), configured for the workbook kernel as its
README shows for a non-Python kernel.

usage: kernel_conformance.py OUTCOMES.json   (the .NET tests run it; see KernelConformanceTests)
"""
import json
import sys
import unittest

import jupyter_kernel_test


class WorkbookKernelConformance(jupyter_kernel_test.KernelTests):
    kernel_name = "workbook-csharp"
    language_name = "C#"
    file_extension = ".cs"

    code_hello_world = 'Console.WriteLine("hello, world");'
    code_stderr = 'Console.Error.WriteLine("to standard error");'

    completion_samples = [
        {"text": "Console.WriteL", "matches": {"WriteLine"}},
        {"text": "Math.Sqr", "matches": {"Sqrt"}},
    ]
    complete_code_samples = ["1", 'Console.WriteLine("x");', "var a = 1;", "if (true) { }"]
    incomplete_code_samples = ["if (true) {", 'var s = "open', "var list = new List<int> {"]
    invalid_code_samples = ["var a = 1; }", "int = ;"]

    code_generate_error = 'throw new InvalidOperationException("deliberate");'
    code_execute_result = [
        {"code": "6 * 7", "result": "42"},
        {"code": '"text"', "result": "text"},
    ]
    code_display_data = [
        {"code": 'display("shown");', "mime": "text/plain"},
        {"code": 'display(HTML("<b>bold</b>"));', "mime": "text/html"},
    ]
    code_history_pattern = "6 ?*"
    supported_history_operations = ("tail", "range", "search")
    code_inspect_sample = "Console.WriteLine"


class Recorder(unittest.TextTestResult):
    outcomes = {}

    def _name(self, test):
        return test.id().split(".")[-1]

    def addSuccess(self, test):
        super().addSuccess(test)
        self.outcomes.setdefault(self._name(test), "ok")

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self.outcomes[self._name(test)] = "skipped: " + (reason or "no sample configured")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self.outcomes[self._name(test)] = self._exc_info_to_string(err, test)

    def addError(self, test, err):
        super().addError(test, err)
        self.outcomes[self._name(test)] = self._exc_info_to_string(err, test)

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            self.outcomes[self._name(test)] = f"{subtest}: " + self._exc_info_to_string(err, test)


if __name__ == "__main__":
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(WorkbookKernelConformance)
    unittest.TextTestRunner(resultclass=Recorder, verbosity=2).run(suite)
    with open(sys.argv[1], "w") as out:
        json.dump(Recorder.outcomes, out, indent=1)
