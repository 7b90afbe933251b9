"""Drives the workbook kernel through jupyter_client, as a Jupyter front end does.

Run by the .NET tests (KernelClientTests), which install the kernelspec into a temporary JUPYTER_PATH and pass
the path of a JSON file to write the outcome of every test into: {"test_name": "ok" | "failure text"}.
"""
import json
import os
import queue
import sys
import tempfile
import time
import traceback
import unittest

import jupyter_client
from jupyter_client.session import Session

KERNEL = "workbook-csharp"
TIMEOUT = 60


def start(cwd=None):
    """A kernel and a ready client; the kernel's stderr goes to a file the test can read."""
    log = tempfile.NamedTemporaryFile("w+", prefix="kernel-", suffix=".log", delete=False)
    km = jupyter_client.KernelManager(kernel_name=KERNEL)
    km.start_kernel(cwd=cwd or os.getcwd(), stderr=log)
    kc = km.client()
    kc.start_channels()
    ready(kc)
    return km, kc, log


def ready(kc):
    """Waits for the kernel; wait_for_ready may have sent several kernel_info requests, so drop their replies."""
    kc.wait_for_ready(timeout=TIMEOUT)
    while True:
        try:
            kc.get_shell_msg(timeout=0.3)
        except queue.Empty:
            return


def stop(km, kc):
    kc.stop_channels()
    if km.is_alive():
        km.shutdown_kernel(now=True)


def run(kc, code, **options):
    """Executes code; returns (reply, iopub messages of this request from busy to idle)."""
    msg_id = kc.execute(code, **options)
    messages = collect(kc, msg_id)
    reply = kc.get_shell_msg(timeout=TIMEOUT)
    assert reply["parent_header"]["msg_id"] == msg_id, reply
    return reply, messages


def collect(kc, msg_id):
    messages = []
    while True:
        msg = kc.get_iopub_msg(timeout=TIMEOUT)
        if msg["parent_header"].get("msg_id") != msg_id:
            continue
        messages.append(msg)
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            return messages


def of_type(messages, kind):
    return [m for m in messages if m["msg_type"] == kind]


def wait_dead(km, seconds):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if not km.is_alive():
            return True
        time.sleep(0.1)
    return False


class SharedKernel(unittest.TestCase):
    """Requests that leave the kernel usable share one kernel."""

    @classmethod
    def setUpClass(cls):
        cls.km, cls.kc, cls.log = start()

    @classmethod
    def tearDownClass(cls):
        stop(cls.km, cls.kc)

    def test_kernel_info(self):
        self.kc.kernel_info()
        reply = self.kc.get_shell_msg(timeout=TIMEOUT)
        content = reply["content"]
        self.assertEqual(reply["msg_type"], "kernel_info_reply")
        self.assertEqual(content["status"], "ok")
        self.assertEqual(content["protocol_version"], "5.3")
        self.assertEqual(content["implementation"], "workbook")
        info = content["language_info"]
        self.assertEqual(info["name"], "C#")
        self.assertEqual(info["mimetype"], "text/x-csharp")
        self.assertEqual(info["file_extension"], ".cs")
        self.assertEqual(info["pygments_lexer"], "csharp")
        self.assertEqual(info["codemirror_mode"], "text/x-csharp")
        self.assertRegex(info["version"], r"^\d+(\.\d+)?$")
        self.assertIn("C#", content["banner"])
        self.assertTrue(all("url" in link and "text" in link for link in content["help_links"]))
        self.assertGreater(len(content["help_links"]), 0)

    def test_heartbeat(self):
        self.assertTrue(self.kc.hb_channel.is_beating())

    def test_execute_streams_result_and_parent_headers(self):
        reply, messages = run(self.kc, 'Console.WriteLine("to out"); Console.Error.WriteLine("to err"); 6 * 7')
        self.assertEqual(reply["content"]["status"], "ok")
        count = reply["content"]["execution_count"]
        kinds = [m["msg_type"] for m in messages]
        self.assertEqual(kinds[0], "status")
        self.assertEqual(messages[0]["content"]["execution_state"], "busy")
        self.assertEqual(kinds[1], "execute_input")
        self.assertEqual(messages[1]["content"]["execution_count"], count)
        streams = {m["content"]["name"]: m["content"]["text"] for m in of_type(messages, "stream")}
        self.assertEqual(streams, {"stdout": "to out\n", "stderr": "to err\n"})
        [result] = of_type(messages, "execute_result")
        self.assertEqual(result["content"]["execution_count"], count)
        self.assertEqual(result["content"]["data"]["text/plain"], "42")
        self.assertIn("text/html", result["content"]["data"])
        # every message of the request names it as parent, the reply included
        msg_id = reply["parent_header"]["msg_id"]
        self.assertTrue(all(m["parent_header"]["msg_id"] == msg_id for m in messages))
        again, _ = run(self.kc, "1")
        self.assertEqual(again["content"]["execution_count"], count + 1)

    def test_silent_and_store_history(self):
        before, _ = run(self.kc, "0")
        count = before["content"]["execution_count"]
        reply, messages = run(self.kc, 'Console.WriteLine("quiet"); 5', silent=True)
        self.assertEqual(reply["content"]["status"], "ok")
        self.assertEqual([m["msg_type"] for m in messages], ["status", "status"])
        unstored, messages = run(self.kc, "5", store_history=False)
        self.assertEqual(len(of_type(messages, "execute_result")), 1)
        after, _ = run(self.kc, "0")
        self.assertEqual(after["content"]["execution_count"], count + 1)

    def test_runtime_error_traceback_points_into_the_cell(self):
        reply, messages = run(self.kc, 'int Fail() => throw new InvalidOperationException("no such window");\nvar a = 1;\nFail();', stop_on_error=False)
        content = reply["content"]
        self.assertEqual(content["status"], "error")
        self.assertEqual(content["ename"], "System.InvalidOperationException")
        self.assertEqual(content["evalue"], "no such window")
        [error] = of_type(messages, "error")
        self.assertEqual(error["content"]["ename"], "System.InvalidOperationException")
        trace = error["content"]["traceback"]
        self.assertEqual(trace[0], "System.InvalidOperationException: no such window")
        cell = content["execution_count"]
        self.assertIn(f"at Fail() in cell {cell}, line 1", trace)
        self.assertIn(f"at cell code in cell {cell}, line 3", trace)

    def test_compile_error(self):
        reply, messages = run(self.kc, "var q = undefinedName;", stop_on_error=False)
        self.assertEqual(reply["content"]["status"], "error")
        self.assertEqual(reply["content"]["ename"], "CS0103")
        self.assertIn("undefinedName", reply["content"]["evalue"])

    def test_stop_on_error_aborts_queued_requests(self):
        first = self.kc.execute('System.Threading.Thread.Sleep(800); throw new Exception("first fails");')
        second = self.kc.execute("1 + 1")
        third = self.kc.execute("2 + 2")
        replies = {}
        while len(replies) < 3:
            msg = self.kc.get_shell_msg(timeout=TIMEOUT)
            replies[msg["parent_header"]["msg_id"]] = msg["content"]["status"]
        self.assertEqual(replies, {first: "error", second: "aborted", third: "aborted"})
        reply, _ = run(self.kc, "3 + 3")
        self.assertEqual(reply["content"]["status"], "ok")

    def test_user_expressions(self):
        reply, _ = run(self.kc, "var basis = 10;", user_expressions={"double": "basis * 2", "bad": "nope + 1"})
        expressions = reply["content"]["user_expressions"]
        self.assertEqual(expressions["double"]["status"], "ok")
        self.assertEqual(expressions["double"]["data"]["text/plain"], "20")
        self.assertEqual(expressions["bad"]["status"], "error")
        self.assertEqual(expressions["bad"]["ename"], "CS0103")

    def test_display_update(self):
        reply, messages = run(self.kc, 'var handle = display("first");\nhandle.Update("second");')
        [shown] = of_type(messages, "display_data")
        [updated] = of_type(messages, "update_display_data")
        self.assertEqual(shown["content"]["data"]["text/plain"], "first")
        self.assertEqual(updated["content"]["data"]["text/plain"], "second")
        display_id = shown["content"]["transient"]["display_id"]
        self.assertTrue(display_id)
        self.assertEqual(updated["content"]["transient"]["display_id"], display_id)
        # a later cell updating the handle also reaches the front end
        _, later = run(self.kc, 'handle.Update("third");')
        [again] = of_type(later, "update_display_data")
        self.assertEqual(again["content"]["transient"]["display_id"], display_id)
        self.assertEqual(again["content"]["data"]["text/plain"], "third")

    def test_complete_member(self):
        code = "Console.WriteL"
        content = self.kc.complete(code, len(code), reply=True, timeout=TIMEOUT)["content"]
        self.assertEqual(content["status"], "ok")
        self.assertIn("WriteLine", content["matches"])
        self.assertNotIn("Write", content["matches"])
        self.assertEqual((content["cursor_start"], content["cursor_end"]), (8, 14))

    def test_complete_earlier_cell_variable_and_using(self):
        run(self.kc, "using System.Text.RegularExpressions;\nvar windowLengthInSessions = 60;")
        code = "var w = windowLen"
        content = self.kc.complete(code, len(code), reply=True, timeout=TIMEOUT)["content"]
        self.assertEqual(content["matches"], ["windowLengthInSessions"])
        self.assertEqual(content["cursor_start"], len("var w = "))
        code = "Regex.IsMat"
        content = self.kc.complete(code, len(code), reply=True, timeout=TIMEOUT)["content"]
        self.assertIn("IsMatch", content["matches"])
        # the cursor in the middle of a cell, after a non-BMP character (Jupyter counts code points)
        code = 'var s = "\U0001F600"; windowLen; var t = 1;'
        cursor = code.index("windowLen") + len("windowLen")
        content = self.kc.complete(code, cursor, reply=True, timeout=TIMEOUT)["content"]
        self.assertEqual(content["matches"], ["windowLengthInSessions"])
        self.assertEqual(content["cursor_start"], code.index("windowLen"))
        self.assertEqual(content["cursor_end"], cursor)

    def test_complete_loaded_package(self):
        reply, _ = run(self.kc, '#r "nuget: MathNet.Numerics, 5.0.0"')
        self.assertEqual(reply["content"]["status"], "ok")
        code = "MathNet.Numerics.Statistics.Statistics.Medi"
        content = self.kc.complete(code, len(code), reply=True, timeout=TIMEOUT)["content"]
        self.assertIn("Median", content["matches"])

    def test_inspect(self):
        code = "Console.WriteLine"
        brief = self.kc.inspect(code, len(code), detail_level=0, reply=True, timeout=TIMEOUT)["content"]
        self.assertEqual(brief["status"], "ok")
        self.assertTrue(brief["found"])
        text = brief["data"]["text/plain"]
        self.assertIn("Console.WriteLine(", text)
        self.assertIn("standard output stream", text)
        code = "Math.Round(2.5, MidpointRounding.AwayFromZero)"
        detailed = self.kc.inspect(code, code.index("Round") + 2, detail_level=1, reply=True, timeout=TIMEOUT)["content"]
        self.assertTrue(detailed["found"])
        self.assertIn("Math.Round(", detailed["data"]["text/plain"])
        self.assertIn("Returns:", detailed["data"]["text/plain"])
        nothing = self.kc.inspect("   ", 1, reply=True, timeout=TIMEOUT)["content"]
        self.assertFalse(nothing["found"])

    def test_inspect_earlier_cell_symbol(self):
        run(self.kc, "/// <summary>Sessions in the rolling window.</summary>\nstatic int RollingSessions(int years) => years * 252;")
        code = "RollingSessions(2)"
        content = self.kc.inspect(code, 3, reply=True, timeout=TIMEOUT)["content"]
        self.assertTrue(content["found"])
        self.assertIn("int RollingSessions(int years)", content["data"]["text/plain"])

    def test_is_complete(self):
        def verdict(code):
            return self.kc.is_complete(code) and self.kc.get_shell_msg(timeout=TIMEOUT)["content"]

        incomplete = verdict("if (true) {")
        self.assertEqual(incomplete["status"], "incomplete")
        self.assertEqual(incomplete["indent"], "    ")
        self.assertEqual(verdict("var a = 1;")["status"], "complete")
        self.assertEqual(verdict("var text = \"open")["status"], "incomplete")
        self.assertEqual(verdict("var a = 1; }")["status"], "invalid")

    def test_comm_info_and_history(self):
        self.kc.comm_info()
        comm = self.kc.get_shell_msg(timeout=TIMEOUT)
        self.assertEqual(comm["msg_type"], "comm_info_reply")
        self.assertEqual(comm["content"], {"status": "ok", "comms": {}})
        first, _ = run(self.kc, "var remembered = 7;")
        second, _ = run(self.kc, "remembered * 3")
        line = second["content"]["execution_count"]
        self.kc.history(hist_access_type="tail", n=2, output=True, raw=True)
        history = self.kc.get_shell_msg(timeout=TIMEOUT)
        self.assertEqual(history["msg_type"], "history_reply")
        self.assertEqual(history["content"]["history"], [[1, line - 1, ["var remembered = 7;", None]], [1, line, ["remembered * 3", "21"]]])
        self.kc.history(hist_access_type="search", pattern="remembered ?*", output=False, raw=True)
        found = self.kc.get_shell_msg(timeout=TIMEOUT)["content"]["history"]
        self.assertEqual(found, [[1, line, "remembered * 3"]])

    def test_stdin_round_trip(self):
        code = 'var answer = Console.ReadLine();\nConsole.WriteLine($"got [{answer}]");'
        asked = []

        def answer(msg):
            asked.append(msg)
            self.kc.input("BTC-USD")

        outputs = []
        reply = self.kc.execute_interactive(code, allow_stdin=True, stdin_hook=answer, output_hook=outputs.append, timeout=TIMEOUT)
        self.assertEqual(reply["content"]["status"], "ok")
        self.assertEqual(len(asked), 1)
        self.assertEqual(asked[0]["msg_type"], "input_request")
        self.assertEqual(asked[0]["content"]["password"], False)
        texts = "".join(m["content"]["text"] for m in outputs if m["msg_type"] == "stream")
        self.assertEqual(texts, "got [BTC-USD]\n")

    def test_stdin_not_allowed_reads_end_of_input(self):
        reply, messages = run(self.kc, 'Console.WriteLine(Console.ReadLine() is null ? "eof" : "line");', allow_stdin=False)
        self.assertEqual(reply["content"]["status"], "ok")
        self.assertEqual([m["content"]["text"] for m in of_type(messages, "stream")], ["eof\n"])

    def test_bad_signature_is_rejected_and_logged(self):
        marker = os.path.join(tempfile.mkdtemp(), "forged")
        forged = Session(key=b"not-the-kernel-key", signature_scheme="hmac-sha256")
        msg = forged.msg("execute_request", {"code": f'System.IO.File.WriteAllText(@"{marker}", "ran");', "silent": False,
                                                "store_history": True, "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
        forged.send(self.kc.shell_channel.socket, msg)
        with self.assertRaises(queue.Empty):
            self.kc.get_shell_msg(timeout=2)
        self.assertFalse(os.path.exists(marker))
        self.log.flush()
        with open(self.log.name) as log:
            self.assertIn("bad HMAC-SHA256 signature", log.read())
        reply, _ = run(self.kc, "1")
        self.assertEqual(reply["content"]["status"], "ok")

    def test_unknown_message_type_is_logged_and_ignored(self):
        msg = self.kc.session.msg("made_up_request", {})
        self.kc.shell_channel.send(msg)
        self.kc.kernel_info()
        reply = self.kc.get_shell_msg(timeout=TIMEOUT)
        self.assertEqual(reply["msg_type"], "kernel_info_reply")
        with open(self.log.name) as log:
            self.assertIn("ignored a 'made_up_request' message", log.read())

    def test_comm_open_for_an_unknown_target_is_closed_on_iopub(self):
        # The messaging spec: a kernel without the requested comm target answers with comm_close for that comm_id.
        comm_id = "4b1d0c6e6f3a4c7d9b0e2f1a3c5d7e9f"
        msg = self.kc.session.msg("comm_open", {"comm_id": comm_id, "target_name": "jupyter.widget.made_up", "data": {}})
        self.kc.shell_channel.send(msg)
        messages = collect(self.kc, msg["header"]["msg_id"])
        self.assertEqual([m["msg_type"] for m in messages], ["status", "comm_close", "status"])
        close = messages[1]
        self.assertEqual(close["content"], {"comm_id": comm_id, "data": {}})
        self.assertEqual(close["parent_header"]["msg_id"], msg["header"]["msg_id"])
        # comm_open has no reply on shell; the kernel goes on answering.
        with self.assertRaises(queue.Empty):
            self.kc.get_shell_msg(timeout=1)
        self.assert_responsive()
        self.log.flush()
        with open(self.log.name) as log:
            self.assertIn(f"closed comm '{comm_id}': no comm target 'jupyter.widget.made_up' here", log.read())

    def bad_request(self, msg_type, content, channel="shell"):
        """Sends a request with hostile content; returns its reply."""
        msg = self.kc.session.msg(msg_type, content)
        getattr(self.kc, channel + "_channel").send(msg)
        reply = getattr(self.kc, f"get_{channel}_msg")(timeout=TIMEOUT)
        self.assertEqual(reply["parent_header"]["msg_id"], msg["header"]["msg_id"])
        return reply

    def assert_responsive(self):
        self.kc.kernel_info()
        self.assertEqual(self.kc.get_shell_msg(timeout=TIMEOUT)["msg_type"], "kernel_info_reply")
        self.kc.control_channel.send(self.kc.session.msg("kernel_info_request", {}))
        self.assertEqual(self.kc.get_control_msg(timeout=TIMEOUT)["msg_type"], "kernel_info_reply")
        reply, messages = run(self.kc, '"still answering"')
        self.assertEqual(reply["content"]["status"], "ok")
        self.assertEqual(of_type(messages, "execute_result")[0]["content"]["data"]["text/plain"], "still answering")

    def test_numeric_msg_type_is_logged_and_dropped_and_every_channel_still_answers(self):
        for channel in ("shell", "control"):
            msg = self.kc.session.msg("kernel_info_request", {})
            msg["header"]["msg_type"] = 42
            self.kc.session.send(getattr(self.kc, channel + "_channel").socket, msg)
        with self.assertRaises(queue.Empty):
            self.kc.get_shell_msg(timeout=1)
        self.assert_responsive()
        with open(self.log.name) as log:
            self.assertIn("header's 'msg_type' is 42; expected a string", log.read())

    def test_mistyped_content_gets_an_error_reply_naming_the_field(self):
        cases = [
            ("execute_request", {"code": 42, "silent": False}, "'code' is 42; expected a string."),
            ("execute_request", {"code": "1", "silent": "yes"}, "'silent' is \"yes\"; expected true or false."),
            ("complete_request", {"code": "Math.", "cursor_pos": 999}, "'cursor_pos' is 999; expected a whole number from 0 to 5."),
            ("complete_request", {"code": "Math.", "cursor_pos": -1}, "'cursor_pos' is -1; expected a whole number from 0 to 5."),
            ("inspect_request", {"code": "Math", "cursor_pos": "end"}, "'cursor_pos' is \"end\"; expected a whole number from 0 to 4."),
            ("history_request", {"hist_access_type": "tail", "n": "ten"}, "'n' is \"ten\"; expected a whole number from 0 to 2147483647."),
        ]
        for msg_type, content, said in cases:
            reply = self.bad_request(msg_type, content)
            self.assertEqual(reply["msg_type"], msg_type.replace("_request", "_reply"))
            self.assertEqual(reply["content"]["status"], "error", reply)
            self.assertEqual(reply["content"]["ename"], "BadRequest")
            self.assertEqual(reply["content"]["evalue"], f"{msg_type}: {said}")
        reply = self.bad_request("shutdown_request", {"restart": "no"}, channel="control")
        self.assertEqual(reply["content"]["status"], "error")
        self.assertIn("'restart' is \"no\"", reply["content"]["evalue"])
        self.assert_responsive()

    def test_malformed_input_reply_ends_the_input_and_the_kernel_lives_on(self):
        def answer(msg):
            reply = self.kc.session.msg("input_reply", {"value": 42})
            self.kc.stdin_channel.send(reply)

        outputs = []
        code = 'Console.WriteLine(Console.ReadLine() is null ? "end of input" : "a line");'
        reply = self.kc.execute_interactive(code, allow_stdin=True, stdin_hook=answer, output_hook=outputs.append, timeout=TIMEOUT)
        self.assertEqual(reply["content"]["status"], "ok")
        self.assertEqual("".join(m["content"]["text"] for m in outputs if m["msg_type"] == "stream"), "end of input\n")
        self.assert_responsive()
        with open(self.log.name) as log:
            self.assertIn("an input_reply whose 'value' is 42; expected a string. The cell reads the end of input.", log.read())

    def test_output_beyond_the_cell_limit_is_dropped_with_a_note(self):
        reply, messages = run(self.kc, "Console.Write(new string('x', 3_000_000));")
        self.assertEqual(reply["content"]["status"], "ok")
        streams = of_type(messages, "stream")
        text = "".join(m["content"]["text"] for m in streams)
        self.assertEqual(text.count("x"), 1_000_000)
        self.assertTrue(text.endswith("\n[Output truncated: 2 MB of output dropped beyond the per-cell limit of 1 MB.]\n"), text[-200:])
        self.assertEqual(streams[-1]["content"]["name"], "stderr")

    def test_working_directory_is_where_the_kernel_started(self):
        reply, messages = run(self.kc, "Environment.CurrentDirectory")
        [result] = of_type(messages, "execute_result")
        self.assertEqual(result["content"]["data"]["text/plain"], os.getcwd())


class Lifecycle(unittest.TestCase):
    """Requests that end or restart the kernel get a kernel each."""

    def setUp(self):
        self.km, self.kc, self.log = start()

    def tearDown(self):
        stop(self.km, self.kc)

    def test_interrupt_infinite_loop(self):
        run(self.kc, "var before = 1;")
        msg_id = self.kc.execute("while (true) { }")
        time.sleep(1.0)
        started = time.time()
        self.km.interrupt_kernel()
        reply = self.kc.get_shell_msg(timeout=5)
        self.assertLess(time.time() - started, 5)
        self.assertEqual(reply["parent_header"]["msg_id"], msg_id)
        self.assertEqual(reply["content"]["status"], "error")
        messages = collect(self.kc, msg_id)
        said = " ".join(m["content"].get("text", "") + m["content"].get("evalue", "") for m in messages)
        self.assertIn("restart", said)
        after, messages = run(self.kc, '"still here"')
        self.assertEqual(after["content"]["status"], "ok")
        self.assertEqual(of_type(messages, "execute_result")[0]["content"]["data"]["text/plain"], "still here")

    def test_interrupt_ends_the_processes_the_cell_started(self):
        # The same mechanism ends a `dotnet restore` child of an interrupted #r "nuget: ..." cell: every process a
        # cell starts is in its worker's process group, which the kernel ends with the interrupted worker.
        msg_id = self.kc.execute('var sleeper = System.Diagnostics.Process.Start("sleep", "600");\nConsole.WriteLine($"pid {sleeper.Id}");\nwhile (true) { }')
        pid = None
        while pid is None:
            msg = self.kc.get_iopub_msg(timeout=TIMEOUT)
            if msg["msg_type"] == "stream" and msg["content"]["text"].startswith("pid "):
                pid = int(msg["content"]["text"].split()[1])
        self.km.interrupt_kernel()
        reply = self.kc.get_shell_msg(timeout=30)
        self.assertEqual(reply["parent_header"]["msg_id"], msg_id)
        deadline = time.time() + 20
        while os.path.exists(f"/proc/{pid}") and time.time() < deadline:
            with open(f"/proc/{pid}/stat") as stat:
                if stat.read().rsplit(")", 1)[1].split()[0] == "Z":
                    break
            time.sleep(0.1)
        alive = os.path.exists(f"/proc/{pid}") and open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()[0] != "Z"
        self.assertFalse(alive, f"sleep {pid} outlived its interrupted cell")
        after, _ = run(self.kc, "1 + 1")
        self.assertEqual(after["content"]["status"], "ok")

    def test_interrupt_with_nothing_running(self):
        self.kc.control_channel.send(self.kc.session.msg("interrupt_request", {}))
        reply = self.kc.get_control_msg(timeout=5)
        self.assertEqual(reply["msg_type"], "interrupt_reply")
        self.assertEqual(reply["content"]["status"], "ok")

    def test_crash_is_a_dead_kernel_that_restarts(self):
        self.kc.execute("Environment.Exit(1);")
        reply = self.kc.get_shell_msg(timeout=TIMEOUT)
        self.assertEqual(reply["content"]["status"], "error")
        self.assertEqual(reply["content"]["ename"], "ProcessExited")
        self.assertTrue(wait_dead(self.km, 15))
        self.km.restart_kernel(now=True)
        ready(self.kc)
        reply, _ = run(self.kc, "1 + 1")
        self.assertEqual(reply["content"]["status"], "ok")

    def test_shutdown(self):
        self.kc.shutdown(restart=False)
        reply = self.kc.get_control_msg(timeout=TIMEOUT)
        self.assertEqual(reply["msg_type"], "shutdown_reply")
        self.assertEqual(reply["content"], {"status": "ok", "restart": False})
        self.assertTrue(wait_dead(self.km, 10))

    def test_restart(self):
        run(self.kc, "var kept = 1;")
        self.km.restart_kernel(now=False)
        ready(self.kc)
        reply, _ = run(self.kc, "kept", stop_on_error=False)
        self.assertEqual(reply["content"]["status"], "error")
        self.assertEqual(reply["content"]["ename"], "CS0103")


class Recorder(unittest.TextTestResult):
    outcomes = {}

    def addSuccess(self, test):
        super().addSuccess(test)
        self.outcomes[test.id().split(".")[-1]] = "ok"

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self.outcomes[test.id().split(".")[-1]] = self._exc_info_to_string(err, test)

    def addError(self, test, err):
        super().addError(test, err)
        self.outcomes[test.id().split(".")[-1]] = self._exc_info_to_string(err, test)


if __name__ == "__main__":
    suite = unittest.defaultTestLoader.loadTestsFromModule(sys.modules[__name__])
    if len(sys.argv) > 2:
        def flatten(tests):
            for test in tests:
                yield from flatten(test) if isinstance(test, unittest.TestSuite) else [test]
        suite = unittest.TestSuite(t for t in flatten(suite) if t.id().split(".")[-1] in sys.argv[2:])
    try:
        unittest.TextTestRunner(resultclass=Recorder, verbosity=2).run(suite)
    except Exception:
        traceback.print_exc()
    with open(sys.argv[1], "w") as out:
        json.dump(Recorder.outcomes, out, indent=1)
