#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// Conformance of sms-sandbox with the SMS API 2021-01-11, proved by the official
// Tencent Cloud Node.js SDK (tencentcloud-sdk-nodejs-sms, pinned in package.json).
//
//   node conformance.js /path/to/sms-sandbox
//
// Starts `sms-sandbox --demo --review-delay 0 --listen 127.0.0.1:0`, reads its
// JSON start line, and calls every one of the 20 actions the SDK's v20210111
// client offers through two real SDK clients:
//   - endpoint "127.0.0.1:PORT": the SDK signs with scope service "127" and
//     the host without its port, two surprises of the Node SDK;
//   - endpoint "sms.tencentcloudapi.com:PORT" with an http.Agent whose lookup
//     answers 127.0.0.1: scope service "sms", Host header with the port.
// Every answer is checked against the SDK's own response models
// (sms_models.d.ts: field names, JSON types, nothing missing, nothing extra)
// and against the values the API reference documents. Error paths: wrong key, unknown
// SecretId, per-number failures, request-level errors, English messages.
//
// One line per check; the last line is "N passed, M failed" (CI reads it).
// Exit status 0 only when nothing failed. The sandbox is always stopped.

"use strict";

const assert = require("node:assert/strict");
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const http = require("node:http");
const path = require("node:path");

// The SDK routes through http_proxy when it is set; the sandbox is loopback.
for (const name of ["http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY"]) delete process.env[name];

let tencentcloud, CommonClient;
try {
    tencentcloud = require("tencentcloud-sdk-nodejs-sms");
    ({ CommonClient } = require("tencentcloud-sdk-nodejs-common"));
} catch (e) {
    console.log(`FAIL load the Tencent Cloud Node SDK: ${e.message.split("\n")[0]}`);
    console.log(`(run "npm ci" in ${__dirname}; scripts/build does it)`);
    console.log("0 passed, 1 failed");
    process.exit(1);
}
const SmsClient = tencentcloud.sms.v20210111.Client;
const SDK_VERSION = require("tencentcloud-sdk-nodejs-sms/package.json").version;

const REGION = "ap-guangzhou";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CJK = /[\u3400-\u9fff]/;
// A real 1x1 PNG: the sandbox's reviewers, like the service's, need a proof
// image that decodes.
const PNG_1x1 =
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";

// Default per-action QPS as published; unknown ones as the sandbox's default 20.
// Calls are spaced so the suite never trips RequestLimitExceeded itself.
const QPS = {
    SendSms: 3000, PullSmsSendStatus: 100, PullSmsReplyStatus: 100, PullSmsSendStatusByPhoneNumber: 20,
    PullSmsReplyStatusByPhoneNumber: 20, SendStatusStatistics: 10, CallbackStatusStatistics: 10,
    AddSmsTemplate: 2, DeleteSmsTemplate: 1, DescribeSmsTemplateList: 20, ModifySmsTemplate: 20, AddSmsSign: 1,
    DeleteSmsSign: 1, DescribeSmsSignList: 20, ModifySmsSign: 1, DescribePhoneNumberInfo: 1000, ReportConversion: 1000,
};

// ---------------------------------------------------------------------------
// Check bookkeeping

let passed = 0;
let failed = 0;
const actionsCalled = new Set();

async function check(name, fn) {
    try {
        await fn();
        passed += 1;
        console.log(`PASS ${name}`);
    } catch (e) {
        failed += 1;
        const detail = e && e.code && e.requestId !== undefined ? `${e.code}: ${e.message}` : (e && e.message) || String(e);
        console.log(`FAIL ${name}\n     ${detail.split("\n").join("\n     ")}`);
    }
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------
// The SDK's response models as the oracle for field names and types.

function loadSdkModels() {
    const root = path.dirname(require.resolve("tencentcloud-sdk-nodejs-sms/package.json"));
    const file = path.join(root, "tencentcloud/services/sms/v20210111/sms_models.d.ts");
    const source = fs.readFileSync(file, "utf8");
    const models = {};
    for (const m of source.matchAll(/export interface (\w+) \{([\s\S]*?)\n\}/g)) {
        const fields = {};
        for (const f of m[2].matchAll(/^ {4}(\w+)\??: ([^;]+);/gm)) fields[f[1]] = f[2].trim();
        models[m[1]] = fields;
    }
    return models;
}
const MODELS = loadSdkModels();

function describeValue(v) {
    return v === null ? "null" : Array.isArray(v) ? "array" : typeof v;
}

// Checks `value` against the SDK type `type` ("string", "number",
// "Array<T>", or a model name). Every field the model declares must be there
// (the API reference lists all of them as always returned) and nothing else.
function conform(value, type, where, problems) {
    const array = /^Array<(.+)>$/.exec(type);
    if (array) {
        if (!Array.isArray(value)) return problems.push(`${where}: expected array, got ${describeValue(value)}`);
        value.forEach((item, i) => conform(item, array[1], `${where}[${i}]`, problems));
        return;
    }
    if (type === "string") {
        if (typeof value !== "string") problems.push(`${where}: expected string, got ${describeValue(value)} ${JSON.stringify(value)}`);
        return;
    }
    if (type === "number") {
        // Every number of this API is an Integer.
        if (typeof value !== "number" || !Number.isInteger(value))
            problems.push(`${where}: expected integer, got ${describeValue(value)} ${JSON.stringify(value)}`);
        return;
    }
    const model = MODELS[type];
    if (!model) return problems.push(`${where}: the SDK declares no type ${type}`);
    if (value === null || typeof value !== "object" || Array.isArray(value))
        return problems.push(`${where}: expected object ${type}, got ${describeValue(value)}`);
    for (const key of Object.keys(value)) {
        if (!(key in model)) problems.push(`${where}.${key}: not a field of ${type} in SDK ${SDK_VERSION}`);
    }
    for (const [key, fieldType] of Object.entries(model)) {
        if (!(key in value)) problems.push(`${where}.${key}: missing (${type} declares it)`);
        else conform(value[key], fieldType, `${where}.${key}`, problems);
    }
}

function assertShape(response, action) {
    const problems = [];
    conform(response, `${action}Response`, action, problems);
    assert.ok(problems.length === 0, `shape differs from the SDK model:\n${problems.join("\n")}`);
    assert.match(response.RequestId, UUID, "RequestId is a UUID");
}

// ---------------------------------------------------------------------------
// Sandbox process

function startSandbox(binary) {
    return new Promise((resolve, reject) => {
        const env = { ...process.env };
        delete env.SMS_SANDBOX_SECRET_KEY; // let it generate and print a key
        const child = spawn(binary, ["--demo", "--review-delay", "0", "--listen", "127.0.0.1:0"], {
            stdio: ["ignore", "pipe", "pipe"],
            env,
        });
        let out = "";
        let err = "";
        const timer = setTimeout(() => fail(new Error("no start line within 20 s")), 20000);
        function fail(e) {
            clearTimeout(timer);
            child.kill("SIGKILL");
            reject(new Error(`${e.message}\nstderr: ${err.trim()}`));
        }
        child.on("error", fail);
        child.on("exit", (code, signal) => fail(new Error(`sms-sandbox exited early (code ${code}, signal ${signal})`)));
        child.stderr.on("data", (d) => (err += d));
        child.stdout.on("data", (d) => {
            out += d;
            const eol = out.indexOf("\n");
            if (eol < 0) return;
            clearTimeout(timer);
            child.removeAllListeners("exit");
            child.stdout.removeAllListeners("data");
            child.stdout.resume();
            resolve({ child, line: out.slice(0, eol), stderr: () => err });
        });
    });
}

function stopSandbox(child) {
    return new Promise((resolve) => {
        if (!child || child.exitCode !== null || child.signalCode !== null) return resolve(child && { code: child.exitCode, signal: child.signalCode });
        const hard = setTimeout(() => child.kill("SIGKILL"), 5000);
        child.once("exit", (code, signal) => {
            clearTimeout(hard);
            resolve({ code, signal });
        });
        child.kill("SIGTERM");
    });
}

// ---------------------------------------------------------------------------
// SDK clients

function makeClient({ endpoint, secretId, secretKey, language, agent, reqMethod }) {
    const httpProfile = { endpoint, protocol: "http://", reqTimeout: 30 };
    if (agent) httpProfile.agent = agent;
    if (reqMethod) httpProfile.reqMethod = reqMethod;
    const profile = { httpProfile };
    if (language) profile.language = language;
    return new SmsClient({ credential: { secretId, secretKey }, region: REGION, profile });
}

const recent = {};
async function call(client, action, request) {
    // Stay under the action's QPS (sliding one-second window, like the service).
    const qps = QPS[action] || 20;
    const times = (recent[action] = (recent[action] || []).filter((t) => Date.now() - t < 1100));
    if (times.length >= qps) await sleep(1100 - (Date.now() - times[0]) + 10);
    recent[action].push(Date.now());
    actionsCalled.add(action);
    return client[action](request);
}

async function expectError(promise, code) {
    let response;
    try {
        response = await promise;
    } catch (e) {
        assert.equal(e.constructor && e.constructor.name, "TencentCloudSDKHttpException", `SDK exception type (${e.message})`);
        assert.equal(e.code, code, `Error.Code (message: ${e.message})`);
        assert.equal(e.httpCode, undefined, "answered with HTTP 200");
        assert.match(e.requestId, UUID, "error carries a RequestId UUID");
        assert.ok(typeof e.message === "string" && e.message.length > 0, "error has a message");
        return e;
    }
    assert.fail(`expected ${code}, the call succeeded: ${JSON.stringify(response).slice(0, 300)}`);
}

function beijingHour(unixSeconds) {
    // yyyymmddhh in Beijing time (UTC+8), as the statistics actions take it.
    return new Date((unixSeconds + 8 * 3600) * 1000).toISOString().slice(0, 13).replace(/[-T]/g, "");
}

function variableCount(content) {
    return new Set([...content.matchAll(/\{(\d+)\}/g)].map((m) => m[1])).size;
}

const nowSecs = () => Math.floor(Date.now() / 1000);

// ---------------------------------------------------------------------------

async function main() {
    const binary = process.argv[2];
    if (!binary) {
        console.log("usage: node conformance.js /path/to/sms-sandbox");
        console.log("0 passed, 1 failed");
        return 1;
    }
    console.log(`# tencentcloud-sdk-nodejs-sms ${SDK_VERSION}, node ${process.version}, sandbox ${binary}`);

    let sandbox;
    const stopOnSignal = (signal) => {
        if (sandbox) sandbox.child.kill("SIGKILL");
        process.exit(signal === "SIGINT" ? 130 : 143);
    };
    process.once("SIGINT", stopOnSignal);
    process.once("SIGTERM", stopOnSignal);
    process.once("exit", () => {
        if (sandbox && sandbox.child.exitCode === null && sandbox.child.signalCode === null) sandbox.child.kill("SIGKILL");
    });

    try {
        await check("sms-sandbox starts and prints its JSON start line", async () => {
            sandbox = await startSandbox(binary);
        });
        if (!sandbox) return;
        try {
            await suite(sandbox);
        } catch (e) {
            failed += 1;
            console.log(`FAIL suite aborted: ${e.stack || e}`);
        }
    } finally {
        if (sandbox) {
            await check("sms-sandbox stops cleanly on SIGTERM", async () => {
                const { code, signal } = await stopSandbox(sandbox.child);
                assert.equal(signal, null, `terminated by ${signal}; stderr: ${sandbox.stderr().trim().slice(-500)}`);
                assert.equal(code, 0, "exit status");
            });
        }
    }
}

async function suite(sandbox) {
    let start;
    await check("start line has endpoint, secretId, appId and the generated secretKey", () => {
        start = JSON.parse(sandbox.line);
        assert.match(start.endpoint, /^http:\/\/127\.0\.0\.1:\d+$/, "endpoint");
        assert.equal(typeof start.secretId, "string");
        assert.ok(start.secretId.length > 0, "secretId");
        assert.match(start.appId, /^\d+$/, "appId (SmsSdkAppId) is a digit string");
        assert.equal(typeof start.secretKey, "string", "secretKey printed because it was generated");
        assert.ok(start.secretKey.length > 0, "secretKey");
    });
    if (!start || !start.secretKey) throw new Error("cannot go on without endpoint and keys");

    const port = Number(new URL(start.endpoint).port);
    const appId = start.appId;
    const creds = { secretId: start.secretId, secretKey: start.secretKey };
    const loopbackEndpoint = `127.0.0.1:${port}`;

    // Client A: scope service "127" (first label of the endpoint).
    const a = makeClient({ endpoint: loopbackEndpoint, ...creds });
    // Client B: the clean alternative (a real host name resolved to loopback), scope service "sms".
    const lookedUp = [];
    const lookup = (hostname, options, cb) => {
        lookedUp.push(hostname);
        if (typeof options === "function") return options(null, "127.0.0.1", 4);
        return options && options.all ? cb(null, [{ address: "127.0.0.1", family: 4 }]) : cb(null, "127.0.0.1", 4);
    };
    const smsAgent = new http.Agent({ keepAlive: true, lookup });
    const b = makeClient({ endpoint: `sms.tencentcloudapi.com:${port}`, agent: smsAgent, ...creds });
    const en = makeClient({ endpoint: loopbackEndpoint, language: "en-US", ...creds });
    const zh = makeClient({ endpoint: loopbackEndpoint, language: "zh-CN", ...creds });

    // ---- Signatures and templates of the demo account -------------------------
    let domesticSign, internationalSign, rejectedSign, qualificationId, domesticTemplate, internationalTemplate,
        rejectedTemplate;

    await check("DescribeSmsSignList International=0: shape, approved and rejected demo signatures", async () => {
        const r = await call(a, "DescribeSmsSignList", { International: 0, Limit: 100, Offset: 0 });
        assertShape(r, "DescribeSmsSignList");
        const set = r.DescribeSignListStatusSet;
        assert.ok(set.length > 0, "the demo account has domestic signatures");
        for (const s of set) {
            assert.equal(s.International, 0, `SignId ${s.SignId} International`);
            assert.ok([0, 1, 2, -1].includes(s.StatusCode), `SignId ${s.SignId} StatusCode ${s.StatusCode}`);
            assert.ok(s.CreateTime > 1e9 && s.CreateTime <= nowSecs() + 60, `CreateTime ${s.CreateTime} is unix seconds`);
            assert.ok([0, 1, 2, 3, 4, 5].includes(s.QualificationStatusCode), `QualificationStatusCode ${s.QualificationStatusCode}`);
            if (s.StatusCode === 0) assert.equal(s.ReviewReply, "", `approved SignId ${s.SignId} has no ReviewReply`);
        }
        domesticSign = set.find((s) => s.StatusCode === 0 && s.QualificationStatusCode === 1) || set.find((s) => s.StatusCode === 0);
        assert.ok(domesticSign, "an approved domestic signature");
        qualificationId = domesticSign.QualificationId;
        assert.ok(qualificationId > 0, "approved domestic signature names its QualificationId");
        rejectedSign = set.find((s) => s.StatusCode === -1);
        assert.ok(rejectedSign, "a rejected domestic signature");
        assert.ok(rejectedSign.ReviewReply.length > 0, "a rejected signature says why (ReviewReply)");
    });

    await check("DescribeSmsSignList International=1 and by SignIdSet", async () => {
        const r = await call(a, "DescribeSmsSignList", { International: 1, Limit: 100, Offset: 0 });
        assertShape(r, "DescribeSmsSignList");
        assert.ok(r.DescribeSignListStatusSet.every((s) => s.International === 1), "only international ones");
        internationalSign = r.DescribeSignListStatusSet.find((s) => s.StatusCode === 0);
        assert.ok(internationalSign, "an approved international signature");
        const one = await call(a, "DescribeSmsSignList", { International: 0, SignIdSet: [domesticSign.SignId] });
        assertShape(one, "DescribeSmsSignList");
        assert.deepEqual(one.DescribeSignListStatusSet.map((s) => s.SignId), [domesticSign.SignId]);
        assert.equal(one.DescribeSignListStatusSet[0].SignName, domesticSign.SignName);
        const page = await call(a, "DescribeSmsSignList", { International: 0, Limit: 1, Offset: 1 });
        assert.equal(page.DescribeSignListStatusSet.length, 1, "Limit 1 gives one signature");
    });

    await check("DescribeSmsTemplateList International=0: shape, approved verification-code template", async () => {
        const r = await call(a, "DescribeSmsTemplateList", { International: 0, Limit: 100, Offset: 0 });
        assertShape(r, "DescribeSmsTemplateList");
        const set = r.DescribeTemplateStatusSet;
        for (const t of set) {
            assert.ok([0, 3].includes(t.International), `TemplateId ${t.TemplateId} International ${t.International}`);
            assert.ok([0, 1, 2, -1].includes(t.StatusCode), `TemplateId ${t.TemplateId} StatusCode`);
            assert.ok(t.CreateTime > 1e9 && t.CreateTime <= nowSecs() + 60, "CreateTime is unix seconds");
        }
        domesticTemplate = set.find((t) => t.StatusCode === 0 && /验证码/.test(t.TemplateContent));
        assert.ok(domesticTemplate, "an approved domestic verification-code template");
        rejectedTemplate = set.find((t) => t.StatusCode === -1);
        assert.ok(rejectedTemplate, "a rejected domestic template");
        assert.ok(rejectedTemplate.ReviewReply.length > 0, "a rejected template says why (ReviewReply)");
    });

    await check("DescribeSmsTemplateList International=1 and by TemplateIdSet", async () => {
        const r = await call(a, "DescribeSmsTemplateList", { International: 1, Limit: 100, Offset: 0 });
        assertShape(r, "DescribeSmsTemplateList");
        internationalTemplate =
            r.DescribeTemplateStatusSet.find((t) => t.StatusCode === 0 && /code/i.test(t.TemplateContent)) ||
            r.DescribeTemplateStatusSet.find((t) => t.StatusCode === 0);
        assert.ok(internationalTemplate, "an approved international template");
        const one = await call(a, "DescribeSmsTemplateList", { International: 0, TemplateIdSet: [domesticTemplate.TemplateId] });
        assertShape(one, "DescribeSmsTemplateList");
        assert.deepEqual(one.DescribeTemplateStatusSet.map((t) => t.TemplateId), [domesticTemplate.TemplateId]);
    });
    if (!domesticSign || !domesticTemplate) throw new Error("the demo account has no approved signature/template to send with");

    const codeParams = (template) =>
        Array.from({ length: variableCount(template.TemplateContent) }, (_, i) => (i === 0 ? "123456" : "5"));

    // ---- Sending ------------------------------------------------------------
    const sendStart = nowSecs();
    const mainland = "+8613800138000";
    const replier = "+8613800136666";
    const accepted = []; // { serial, phone, session } sent with status Ok
    const session = "conformance-1";

    await check("SendSms to mainland numbers with the approved verification-code template", async () => {
        const r = await call(a, "SendSms", {
            PhoneNumberSet: [mainland, replier],
            SmsSdkAppId: appId,
            TemplateId: String(domesticTemplate.TemplateId),
            SignName: domesticSign.SignName,
            TemplateParamSet: codeParams(domesticTemplate),
            SessionContext: session,
        });
        assertShape(r, "SendSms");
        assert.equal(r.SendStatusSet.length, 2, "one status per number");
        r.SendStatusSet.forEach((s, i) => {
            assert.equal(s.Code, "Ok", `number ${i} Code (Message: ${s.Message})`);
            assert.equal(s.Message, "send success", "Message of a success");
            assert.equal(s.PhoneNumber, [mainland, replier][i], "PhoneNumber is the E.164 number, in request order");
            assert.ok(s.SerialNo.length > 0, "SerialNo is a non-empty string");
            assert.equal(s.Fee, 1, "Fee: a short domestic message is one billed segment");
            assert.equal(s.SessionContext, session, "SessionContext echoed");
            assert.equal(s.IsoCode, "CN", "IsoCode");
            accepted.push({ serial: s.SerialNo, phone: s.PhoneNumber, session });
        });
        assert.notEqual(r.SendStatusSet[0].SerialNo, r.SendStatusSet[1].SerialNo, "serial numbers differ");
    });

    await check("SendSms per-number failures come back in SendStatusSet and do not throw", async () => {
        const r = await call(a, "SendSms", {
            PhoneNumberSet: ["abc", "+8613800138001", mainland],
            SmsSdkAppId: appId,
            TemplateId: String(domesticTemplate.TemplateId),
            SignName: domesticSign.SignName,
            TemplateParamSet: codeParams(domesticTemplate),
        });
        assertShape(r, "SendSms");
        const [bad, good, again] = r.SendStatusSet;
        assert.equal(r.SendStatusSet.length, 3);
        assert.equal(bad.Code, "InvalidParameterValue.IncorrectPhoneNumber", "'abc' is refused on its own");
        assert.equal(bad.SerialNo, "", "a refused number has no SerialNo");
        assert.equal(bad.Fee, 0, "a refused number costs nothing");
        assert.equal(bad.PhoneNumber, "abc", "an unparsable number is echoed as given");
        assert.ok(bad.Message.length > 0, "refusal has a Message");
        assert.equal(good.Code, "Ok", "the valid number of the same request is sent");
        assert.equal(good.IsoCode, "CN");
        accepted.push({ serial: good.SerialNo, phone: good.PhoneNumber, session: "" });
        assert.equal(again.Code, "LimitExceeded.PhoneNumberThirtySecondLimit", "the same number again within 30 s");
        assert.equal(again.SerialNo, "");
        assert.equal(again.Fee, 0);
    });

    await check("SendSms with a parameter that is not a verification code: TemplateParameterFormatError per number", async () => {
        const params = codeParams(domesticTemplate);
        params[0] = "12ab";
        const r = await call(a, "SendSms", {
            PhoneNumberSet: ["+8613800138004"],
            SmsSdkAppId: appId,
            TemplateId: String(domesticTemplate.TemplateId),
            SignName: domesticSign.SignName,
            TemplateParamSet: params,
        });
        assertShape(r, "SendSms");
        assert.equal(r.SendStatusSet[0].Code, "InvalidParameterValue.TemplateParameterFormatError");
        assert.equal(r.SendStatusSet[0].SerialNo, "");
        assert.equal(r.SendStatusSet[0].Fee, 0);
    });

    await check("SendSms accepts mainland numbers as 0086..., 86... and bare 11 digits, answering E.164", async () => {
        const given = ["13800138010", "008613800138011", "8613800138012"];
        const r = await call(a, "SendSms", {
            PhoneNumberSet: given,
            SmsSdkAppId: appId,
            TemplateId: String(domesticTemplate.TemplateId),
            SignName: domesticSign.SignName,
            TemplateParamSet: codeParams(domesticTemplate),
        });
        assertShape(r, "SendSms");
        assert.deepEqual(
            r.SendStatusSet.map((x) => [x.Code, x.PhoneNumber, x.IsoCode]),
            [["Ok", "+8613800138010", "CN"], ["Ok", "+8613800138011", "CN"], ["Ok", "+8613800138012", "CN"]]
        );
    });

    await check("SendSms to an international number with an international template and no SignName", async () => {
        assert.ok(internationalTemplate, "an approved international template (see above)");
        const r = await call(a, "SendSms", {
            PhoneNumberSet: ["+6591234568"],
            SmsSdkAppId: appId,
            TemplateId: String(internationalTemplate.TemplateId),
            TemplateParamSet: codeParams(internationalTemplate),
        });
        assertShape(r, "SendSms");
        const [x] = r.SendStatusSet;
        assert.equal(x.Code, "Ok", `Code (Message: ${x.Message})`);
        assert.equal(x.IsoCode, "SG");
        assert.equal(x.PhoneNumber, "+6591234568");
        assert.ok(x.SerialNo.length > 0 && x.Fee >= 1, "SerialNo and Fee");
    });

    await check("SendSms mixing mainland and international numbers throws UnsupportedOperation.ContainDomesticAndInternationalPhoneNumber", async () => {
        await expectError(
            call(a, "SendSms", {
                PhoneNumberSet: ["+8613800138005", "+447400123456"],
                SmsSdkAppId: appId,
                TemplateId: String(domesticTemplate.TemplateId),
                SignName: domesticSign.SignName,
                TemplateParamSet: codeParams(domesticTemplate),
            }),
            "UnsupportedOperation.ContainDomesticAndInternationalPhoneNumber"
        );
    });

    await check("SendSms with an empty PhoneNumberSet throws MissingParameter.EmptyPhoneNumberSet", async () => {
        await expectError(
            call(a, "SendSms", {
                PhoneNumberSet: [],
                SmsSdkAppId: appId,
                TemplateId: String(domesticTemplate.TemplateId),
                SignName: domesticSign.SignName,
                TemplateParamSet: codeParams(domesticTemplate),
            }),
            "MissingParameter.EmptyPhoneNumberSet"
        );
    });

    await check("SendSms with an integer TemplateId throws InvalidParameter (wrong type)", async () => {
        const e = await expectError(
            call(en, "SendSms", {
                PhoneNumberSet: ["+8613800138006"],
                SmsSdkAppId: appId,
                TemplateId: Number(domesticTemplate.TemplateId),
                SignName: domesticSign.SignName,
                TemplateParamSet: codeParams(domesticTemplate),
            }),
            "InvalidParameter"
        );
        assert.equal(e.message, "The value type of parameter `TemplateId` is not valid.", "English message as the service words it");
    });

    const globalNumbers = ["+447400123456", "+6591234567"];
    await check("SendMultiGlobalSms to international numbers with the approved international template", async () => {
        assert.ok(internationalTemplate, "an approved international template (see above)");
        const r = await call(a, "SendMultiGlobalSms", {
            SmsSdkAppId: appId,
            MultiSmsInfoSet: globalNumbers.map((PhoneNumber, i) => ({
                PhoneNumber,
                TemplateId: String(internationalTemplate.TemplateId),
                TemplateParamSet: codeParams(internationalTemplate),
                SessionContext: `multi-${i}`,
            })),
        });
        assertShape(r, "SendMultiGlobalSms");
        assert.equal(r.SendMultiStatusSet.length, 2);
        r.SendMultiStatusSet.forEach((s, i) => {
            assert.equal(s.Code, "Ok", `number ${i} Code (Message: ${s.Message})`);
            assert.equal(s.PhoneNumber, globalNumbers[i]);
            assert.ok(s.SerialNo.length > 0, "SerialNo");
            assert.ok(s.Fee >= 1, "Fee");
            assert.equal(s.SessionContext, `multi-${i}`, "SessionContext echoed per number");
            accepted.push({ serial: s.SerialNo, phone: s.PhoneNumber, session: `multi-${i}` });
        });
        assert.deepEqual(r.SendMultiStatusSet.map((s) => s.IsoCode), ["GB", "SG"], "IsoCode");
    });

    await check("SendMultiGlobalSms with a mainland number throws UnsupportedOperation.ContainDomesticPhoneNumber", async () => {
        await expectError(
            call(a, "SendMultiGlobalSms", {
                SmsSdkAppId: appId,
                MultiSmsInfoSet: [
                    {
                        PhoneNumber: "+8613800138007",
                        TemplateId: String(internationalTemplate.TemplateId),
                        TemplateParamSet: codeParams(internationalTemplate),
                    },
                ],
            }),
            "UnsupportedOperation.ContainDomesticPhoneNumber"
        );
    });

    await check("DescribePhoneNumberInfo: parsed, normalized and unparsable numbers", async () => {
        const r = await call(a, "DescribePhoneNumberInfo", { PhoneNumberSet: [mainland, "+86018501234444", "abc"] });
        assertShape(r, "DescribePhoneNumberInfo");
        const [cn, normalized, bad] = r.PhoneNumberInfoSet;
        assert.equal(r.PhoneNumberInfoSet.length, 3);
        assert.deepEqual(
            { Code: cn.Code, NationCode: cn.NationCode, SubscriberNumber: cn.SubscriberNumber, PhoneNumber: cn.PhoneNumber, IsoCode: cn.IsoCode, IsoName: cn.IsoName },
            { Code: "Ok", NationCode: "86", SubscriberNumber: "13800138000", PhoneNumber: mainland, IsoCode: "CN", IsoName: "China" }
        );
        assert.equal(normalized.Code, "Ok", "+86018501234444 parses");
        assert.equal(normalized.PhoneNumber, "+8618501234444", "+86018501234444 normalizes to +8618501234444");
        assert.ok(
            ["FailedOperation.PhoneNumberParseFail", "InvalidParameterValue.IncorrectPhoneNumber"].includes(bad.Code),
            `unparsable number Code ${bad.Code}`
        );
        assert.equal(bad.PhoneNumber, "abc", "unparsable number echoed unchanged");
        assert.equal(bad.IsoCode, "DEF", "unparsable number IsoCode DEF");
    });

    // ---- Receipts and replies ------------------------------------------------
    // Receipts arrive 2-8 s after a send, the test replies some seconds later.
    const lastSend = nowSecs();
    await sleep(Math.max(0, (lastSend + 11) * 1000 - Date.now()));

    const mine = new Map(accepted.map((x) => [x.serial, x]));
    let firstPull = [];
    await check("PullSmsSendStatus returns every receipt of this run, with the documented fields", async () => {
        assert.ok(accepted.length >= 3, "messages were sent above");
        const r = await call(a, "PullSmsSendStatus", { Limit: 100, SmsSdkAppId: appId });
        assertShape(r, "PullSmsSendStatus");
        firstPull = r.PullSmsSendStatusSet.filter((x) => mine.has(x.SerialNo));
        const missing = accepted.filter((x) => !firstPull.some((p) => p.SerialNo === x.serial));
        assert.equal(missing.length, 0, `receipts missing for ${missing.map((x) => x.phone).join(", ")}`);
        for (const p of firstPull) {
            const sent = mine.get(p.SerialNo);
            assert.equal(p.PhoneNumber, sent.phone, "PhoneNumber");
            assert.ok(["SUCCESS", "FAIL"].includes(p.ReportStatus), `ReportStatus ${p.ReportStatus}`);
            assert.ok(p.Description.length > 0, "Description");
            assert.equal(p.SessionContext, sent.session, "SessionContext echoed");
            assert.ok(p.UserReceiveTime >= sendStart && p.UserReceiveTime <= nowSecs() + 1, `UserReceiveTime ${p.UserReceiveTime}`);
            assert.equal(`+${p.CountryCode}${p.SubscriberNumber}`, p.PhoneNumber, "CountryCode + SubscriberNumber = PhoneNumber");
        }
        const cn = firstPull.find((p) => p.PhoneNumber === mainland);
        assert.equal(cn.CountryCode, "86");
        assert.equal(cn.SubscriberNumber, "13800138000");
    });

    await check("PullSmsSendStatus hands each receipt out once", async () => {
        const r = await call(a, "PullSmsSendStatus", { Limit: 100, SmsSdkAppId: appId });
        assertShape(r, "PullSmsSendStatus");
        const again = r.PullSmsSendStatusSet.filter((x) => mine.has(x.SerialNo));
        assert.equal(again.length, 0, `pulled twice: ${again.map((x) => x.SerialNo).join(", ")}`);
    });

    await check("PullSmsSendStatusByPhoneNumber returns the receipt again, by number", async () => {
        const request = { BeginTime: sendStart - 60, Offset: 0, Limit: 10, PhoneNumber: mainland, SmsSdkAppId: appId };
        for (let round = 0; round < 2; round += 1) {
            const r = await call(a, "PullSmsSendStatusByPhoneNumber", request);
            assertShape(r, "PullSmsSendStatusByPhoneNumber");
            const serial = accepted.find((x) => x.phone === mainland).serial;
            const found = r.PullSmsSendStatusSet.filter((p) => p.SerialNo === serial);
            assert.equal(found.length, 1, `round ${round + 1}: the receipt of ${mainland}`);
            assert.equal(found[0].PhoneNumber, mainland);
            assert.ok(r.PullSmsSendStatusSet.every((p) => p.PhoneNumber === mainland), "only this number");
        }
        const withEnd = await call(a, "PullSmsSendStatusByPhoneNumber", { ...request, EndTime: nowSecs() });
        assertShape(withEnd, "PullSmsSendStatusByPhoneNumber");
    });

    let replies = [];
    await check("PullSmsReplyStatus: shape, and each reply handed out once", async () => {
        const r = await call(a, "PullSmsReplyStatus", { Limit: 100, SmsSdkAppId: appId });
        assertShape(r, "PullSmsReplyStatus");
        replies = r.PullSmsReplyStatusSet;
        for (const x of replies) {
            assert.ok(x.ReplyTime > 1e9 && x.ReplyTime <= nowSecs() + 1, "ReplyTime is unix seconds");
            assert.equal(`+${x.CountryCode}${x.SubscriberNumber}`, x.PhoneNumber, "CountryCode + SubscriberNumber = PhoneNumber");
        }
        const again = await call(a, "PullSmsReplyStatus", { Limit: 100, SmsSdkAppId: appId });
        assertShape(again, "PullSmsReplyStatus");
        const key = (x) => `${x.PhoneNumber}|${x.ReplyTime}|${x.ReplyContent}`;
        const first = new Set(replies.map(key));
        assert.equal(again.PullSmsReplyStatusSet.filter((x) => first.has(key(x))).length, 0, "no reply pulled twice");
        console.log(`     (${replies.length} replies pulled)`);
    });

    await check("PullSmsReplyStatusByPhoneNumber: shape", async () => {
        const phone = replies.length ? replies[0].PhoneNumber : replier;
        const r = await call(a, "PullSmsReplyStatusByPhoneNumber", {
            BeginTime: nowSecs() - 6 * 86400, Offset: 0, Limit: 100, PhoneNumber: phone, SmsSdkAppId: appId,
        });
        assertShape(r, "PullSmsReplyStatusByPhoneNumber");
        assert.ok(r.PullSmsReplyStatusSet.every((x) => x.PhoneNumber === phone), "only this number");
        if (replies.length) assert.ok(r.PullSmsReplyStatusSet.length > 0, "a pulled reply is still found by number");
    });

    await check("DescribeSendRecordList: newest first, accepted and refused sends of one number", async () => {
        const r = await call(a, "DescribeSendRecordList", { PhoneNumber: mainland, SmsSdkAppId: appId, BeginTime: sendStart - 60, Limit: 50, Offset: 0 });
        assertShape(r, "DescribeSendRecordList");
        const set = r.SendRecordSet;
        assert.ok(r.TotalCount >= set.length && set.length >= 2, `TotalCount ${r.TotalCount}, ${set.length} records`);
        for (let i = 1; i < set.length; i += 1) assert.ok(set[i - 1].SendTime >= set[i].SendTime, "newest first");
        const ok = set.find((x) => x.SerialNo === accepted.find((y) => y.phone === mainland).serial);
        assert.ok(ok, "the accepted send is listed");
        assert.ok([2, 4].includes(ok.SendStatus), `SendStatus after its receipt: ${ok.SendStatus}`);
        assert.equal(ok.RequestCode, "Ok");
        assert.ok(ok.StatusCode.length > 0, "StatusCode for a delivered/failed message");
        assert.equal(ok.IsoCode, "CN");
        assert.equal(ok.PhoneNumber, mainland);
        assert.ok(ok.Content.length > 0, "Content");
        if (ok.SendStatus === 2) assert.ok(ok.UserReceiveTime >= ok.SendTime, "UserReceiveTime of a delivered message");
        const refused = set.find((x) => x.RequestCode === "LimitExceeded.PhoneNumberThirtySecondLimit");
        assert.ok(refused, "the refused send is listed");
        assert.equal(refused.SendStatus, 1, "submit failed");
        assert.equal(refused.UserReceiveTime, 0);
    });

    // ---- Statistics -----------------------------------------------------------
    const statRange = { BeginTime: beijingHour(nowSecs() - 86400), EndTime: beijingHour(nowSecs()) };
    await check("SendStatusStatistics counts what was sent", async () => {
        const r = await call(a, "SendStatusStatistics", { ...statRange, SmsSdkAppId: appId, Limit: 0, Offset: 0 });
        assertShape(r, "SendStatusStatistics");
        const s = r.SendStatusStatistics;
        assert.ok(s.RequestSuccessCount >= accepted.length, `RequestSuccessCount ${s.RequestSuccessCount} >= ${accepted.length}`);
        assert.ok(s.RequestCount >= s.RequestSuccessCount, "RequestCount >= RequestSuccessCount");
        assert.ok(s.FeeCount >= s.RequestSuccessCount, "FeeCount >= RequestSuccessCount (1+ segment each)");
    });

    await check("CallbackStatusStatistics counts receipts", async () => {
        const r = await call(a, "CallbackStatusStatistics", { ...statRange, SmsSdkAppId: appId, Limit: 0, Offset: 0 });
        assertShape(r, "CallbackStatusStatistics");
        const s = r.CallbackStatusStatistics;
        assert.ok(s.CallbackCount >= accepted.length, `CallbackCount ${s.CallbackCount} >= ${accepted.length}`);
        assert.equal(s.CallbackSuccessCount + s.CallbackFailCount, s.CallbackCount, "success + fail = callbacks");
        assert.ok(s.RequestSuccessCount >= s.CallbackCount, "RequestSuccessCount >= CallbackCount");
    });

    await check("SmsPackagesStatistics lists the account's packages", async () => {
        const r = await call(a, "SmsPackagesStatistics", {
            SmsSdkAppId: appId, Limit: 10, Offset: 0, BeginTime: beijingHour(nowSecs() - 365 * 86400), EndTime: beijingHour(nowSecs() - 3600),
        });
        assertShape(r, "SmsPackagesStatistics");
        const set = r.SmsPackagesStatisticsSet;
        assert.ok(set.length > 0, "the demo account has packages");
        for (const p of set) {
            assert.ok([0, 1].includes(p.PackageType), `PackageType ${p.PackageType}`);
            assert.ok(p.CurrentUsage >= 0 && p.CurrentUsage <= p.PackageAmount, "0 <= CurrentUsage <= PackageAmount");
            assert.ok(p.PackageCreateTime <= p.PackageEffectiveTime + 1 && p.PackageEffectiveTime < p.PackageExpiredTime, "create <= effective < expired");
            assert.ok(p.PackageCreateTime > 1e9 && p.PackageCreateTime < nowSecs(), "PackageCreateTime is unix seconds in the past");
        }
    });

    await check("ReportConversion of a sent message", async () => {
        const r = await call(a, "ReportConversion", { SmsSdkAppId: appId, SerialNo: accepted[0].serial, ConversionTime: nowSecs() });
        assertShape(r, "ReportConversion");
        assert.equal(r.ReportConversionStatus.Code, "ok", "Code is lowercase ok");
        assert.ok(r.ReportConversionStatus.Message.length > 0, "Message");
    });

    // ---- Signature lifecycle -------------------------------------------------
    let newSignId;
    await check("AddSmsSign (domestic, PNG proof) then DescribeSmsSignList shows it approved", async () => {
        const r = await call(a, "AddSmsSign", {
            SignName: "一致性测试", SignType: 0, DocumentType: 1, International: 0, SignPurpose: 0,
            ProofImage: PNG_1x1, QualificationId: qualificationId, Remark: "conformance",
        });
        assertShape(r, "AddSmsSign");
        newSignId = r.AddSignStatus.SignId;
        assert.ok(newSignId > 0, "SignId");
        const d = await call(a, "DescribeSmsSignList", { International: 0, SignIdSet: [newSignId] });
        const s = d.DescribeSignListStatusSet[0];
        assert.equal(s.SignName, "一致性测试");
        assert.equal(s.StatusCode, 0, `reviewed at once with --review-delay 0 (ReviewReply: ${s.ReviewReply})`);
        assert.equal(s.QualificationId, qualificationId);
    });

    await check("ModifySmsSign of the rejected demo signature", async () => {
        const r = await call(a, "ModifySmsSign", {
            SignId: rejectedSign.SignId, SignName: "星河百货", SignType: 0, DocumentType: 1, International: 0, SignPurpose: 0,
            ProofImage: PNG_1x1, QualificationId: qualificationId, Remark: "conformance: renamed",
        });
        assertShape(r, "ModifySmsSign");
        assert.equal(r.ModifySignStatus.SignId, rejectedSign.SignId);
        const d = await call(a, "DescribeSmsSignList", { International: 0, SignIdSet: [rejectedSign.SignId] });
        assert.equal(d.DescribeSignListStatusSet[0].SignName, "星河百货");
        assert.ok([0, 1].includes(d.DescribeSignListStatusSet[0].StatusCode), "back to review (or approved at once)");
    });

    await check("ModifySmsSign of an approved signature throws InvalidParameterValue.SignAlreadyPassedCheck", async () => {
        await expectError(
            call(a, "ModifySmsSign", {
                SignId: domesticSign.SignId, SignName: domesticSign.SignName, SignType: 0, DocumentType: 1, International: 0,
                SignPurpose: 0, ProofImage: PNG_1x1, QualificationId: qualificationId,
            }),
            "InvalidParameterValue.SignAlreadyPassedCheck"
        );
    });

    await check("DeleteSmsSign of the added signature", async () => {
        assert.ok(newSignId, "a signature was added above");
        const r = await call(a, "DeleteSmsSign", { SignId: newSignId });
        assertShape(r, "DeleteSmsSign");
        assert.ok(r.DeleteSignStatus.DeleteStatus.length > 0, "DeleteStatus");
        assert.ok(Math.abs(r.DeleteSignStatus.DeleteTime - nowSecs()) < 120, `DeleteTime ${r.DeleteSignStatus.DeleteTime} is now, in unix seconds`);
        const d = await call(a, "DescribeSmsSignList", { International: 0, Limit: 100, Offset: 0 });
        assert.ok(!d.DescribeSignListStatusSet.some((s) => s.SignId === newSignId), "gone from the list");
    });

    // ---- Template lifecycle -------------------------------------------------
    let newTemplateId;
    await check("AddSmsTemplate answers TemplateId as a string; DescribeSmsTemplateList shows it approved", async () => {
        const r = await call(a, "AddSmsTemplate", {
            TemplateName: "一致性测试验证码", TemplateContent: "您的验证码为{1}，5分钟内有效，请勿告诉他人。",
            SmsType: 3, International: 0, Remark: "conformance",
        });
        assertShape(r, "AddSmsTemplate");
        assert.equal(typeof r.AddTemplateStatus.TemplateId, "string", "TemplateId is a JSON string");
        assert.match(r.AddTemplateStatus.TemplateId, /^\d+$/, "TemplateId digits");
        newTemplateId = Number(r.AddTemplateStatus.TemplateId);
        const d = await call(a, "DescribeSmsTemplateList", { International: 0, TemplateIdSet: [newTemplateId] });
        const t = d.DescribeTemplateStatusSet[0];
        assert.equal(t.TemplateId, newTemplateId, "listed with an integer TemplateId");
        assert.equal(t.TemplateContent, "您的验证码为{1}，5分钟内有效，请勿告诉他人。");
        assert.equal(t.StatusCode, 0, `reviewed at once with --review-delay 0 (ReviewReply: ${t.ReviewReply})`);
    });

    await check("ModifySmsTemplate of the rejected demo template answers an integer TemplateId", async () => {
        const content = "星河商城周末特惠，会员购物满{1}元立减，欢迎光临。拒收请回复R";
        const r = await call(a, "ModifySmsTemplate", {
            TemplateId: rejectedTemplate.TemplateId, TemplateName: "周末特惠", TemplateContent: content,
            SmsType: 1, International: 0, Remark: "conformance: reworded",
        });
        assertShape(r, "ModifySmsTemplate");
        assert.equal(r.ModifyTemplateStatus.TemplateId, rejectedTemplate.TemplateId);
        const d = await call(a, "DescribeSmsTemplateList", { International: 0, TemplateIdSet: [rejectedTemplate.TemplateId] });
        assert.equal(d.DescribeTemplateStatusSet[0].TemplateContent, content);
        assert.ok([0, 1].includes(d.DescribeTemplateStatusSet[0].StatusCode), "back to review (or approved at once)");
    });

    await check("ModifySmsTemplate of an approved template throws FailedOperation.TemplateAlreadyPassedCheck", async () => {
        await expectError(
            call(a, "ModifySmsTemplate", {
                TemplateId: domesticTemplate.TemplateId, TemplateName: domesticTemplate.TemplateName,
                TemplateContent: domesticTemplate.TemplateContent, SmsType: 3, International: 0, Remark: "x",
            }),
            "FailedOperation.TemplateAlreadyPassedCheck"
        );
    });

    await check("DeleteSmsTemplate of the added template", async () => {
        assert.ok(newTemplateId, "a template was added above");
        const r = await call(a, "DeleteSmsTemplate", { TemplateId: newTemplateId });
        assertShape(r, "DeleteSmsTemplate");
        assert.ok(r.DeleteTemplateStatus.DeleteStatus.length > 0, "DeleteStatus");
        assert.ok(Math.abs(r.DeleteTemplateStatus.DeleteTime - nowSecs()) < 120, "DeleteTime is now, in unix seconds");
        const d = await call(a, "DescribeSmsTemplateList", { International: 0, Limit: 100, Offset: 0 });
        assert.ok(!d.DescribeTemplateStatusSet.some((t) => t.TemplateId === newTemplateId), "gone from the list");
    });

    // ---- Scope service "sms" (clean alternative endpoint) ------------------------
    await check('scope service "sms": endpoint sms.tencentcloudapi.com:PORT through a lookup agent', async () => {
        const t = await call(b, "DescribeSmsTemplateList", { International: 0, Limit: 5, Offset: 0 });
        assertShape(t, "DescribeSmsTemplateList");
        const r = await call(b, "SendSms", {
            PhoneNumberSet: ["+8613800138002"],
            SmsSdkAppId: appId,
            TemplateId: String(domesticTemplate.TemplateId),
            SignName: domesticSign.SignName,
            TemplateParamSet: codeParams(domesticTemplate),
        });
        assertShape(r, "SendSms");
        assert.equal(r.SendStatusSet[0].Code, "Ok");
        const i = await call(b, "DescribePhoneNumberInfo", { PhoneNumberSet: ["+8613800138002"] });
        assertShape(i, "DescribePhoneNumberInfo");
        assert.ok(lookedUp.includes("sms.tencentcloudapi.com"), `requests went through the agent (looked up: ${lookedUp.join(", ")})`);
    });

    await check("HTTP/1.1 keep-alive: consecutive requests reuse one connection", async () => {
        smsAgent.destroy(); // start from no pooled connection
        lookedUp.length = 0;
        for (let i = 0; i < 3; i += 1) {
            const r = await call(b, "DescribePhoneNumberInfo", { PhoneNumberSet: [mainland] });
            assertShape(r, "DescribePhoneNumberInfo");
        }
        assert.equal(lookedUp.length, 1, `connections opened for 3 sequential requests: ${lookedUp.length}`);
    });

    await check("GET requests (httpProfile.reqMethod GET) are signed and served too", async () => {
        const g = makeClient({ endpoint: loopbackEndpoint, reqMethod: "GET", ...creds });
        const r = await call(g, "DescribeSmsTemplateList", { International: 0, TemplateIdSet: [domesticTemplate.TemplateId] });
        assertShape(r, "DescribeSmsTemplateList");
        assert.deepEqual(r.DescribeTemplateStatusSet.map((t) => t.TemplateId), [domesticTemplate.TemplateId]);
        const p = await call(g, "DescribePhoneNumberInfo", { PhoneNumberSet: [mainland] });
        assertShape(p, "DescribePhoneNumberInfo");
        assert.equal(p.PhoneNumberInfoSet[0].PhoneNumber, mainland);
    });

    // ---- Authentication -------------------------------------------------------
    await check('wrong SecretKey (scope "127") throws AuthFailure.SignatureFailure', async () => {
        const bad = makeClient({ endpoint: loopbackEndpoint, secretId: creds.secretId, secretKey: `${creds.secretKey}x` });
        await expectError(call(bad, "DescribeSmsSignList", { International: 0 }), "AuthFailure.SignatureFailure");
    });

    await check('wrong SecretKey (scope "sms") throws AuthFailure.SignatureFailure', async () => {
        const bad = makeClient({ endpoint: `sms.tencentcloudapi.com:${port}`, agent: smsAgent, secretId: creds.secretId, secretKey: "not-the-key" });
        await expectError(call(bad, "SendSms", {
            PhoneNumberSet: ["+8613800138003"], SmsSdkAppId: appId, TemplateId: String(domesticTemplate.TemplateId),
            SignName: domesticSign.SignName, TemplateParamSet: codeParams(domesticTemplate),
        }), "AuthFailure.SignatureFailure");
    });

    await check("unknown SecretId throws AuthFailure.SecretIdNotFound", async () => {
        const bad = makeClient({ endpoint: loopbackEndpoint, secretId: "AKIDnoSuchKeyConformance0000000000", secretKey: creds.secretKey });
        await expectError(call(bad, "DescribeSmsSignList", { International: 0 }), "AuthFailure.SecretIdNotFound");
    });

    // ---- Language of messages --------------------------------------------------
    await check('profile.language "en-US" gives English messages', async () => {
        const badEn = makeClient({ endpoint: loopbackEndpoint, secretId: creds.secretId, secretKey: "wrong", language: "en-US" });
        const auth = await expectError(call(badEn, "DescribeSmsSignList", { International: 0 }), "AuthFailure.SignatureFailure");
        assert.ok(!CJK.test(auth.message) && /[A-Za-z]{3}/.test(auth.message), `English: ${auth.message}`);
        const mixed = await expectError(
            call(en, "SendSms", {
                PhoneNumberSet: ["+8613800138008", "+447400123457"], SmsSdkAppId: appId,
                TemplateId: String(domesticTemplate.TemplateId), SignName: domesticSign.SignName,
                TemplateParamSet: codeParams(domesticTemplate),
            }),
            "UnsupportedOperation.ContainDomesticAndInternationalPhoneNumber"
        );
        assert.ok(!CJK.test(mixed.message) && /[A-Za-z]{3}/.test(mixed.message), `English: ${mixed.message}`);
        const refused = await call(en, "SendSms", {
            PhoneNumberSet: ["abc"], SmsSdkAppId: appId, TemplateId: String(domesticTemplate.TemplateId),
            SignName: domesticSign.SignName, TemplateParamSet: codeParams(domesticTemplate),
        });
        assert.ok(!CJK.test(refused.SendStatusSet[0].Message), `English per-number Message: ${refused.SendStatusSet[0].Message}`);
    });

    const chineseCheck = (label, client, badKeyClient) =>
        check(label, async () => {
            const e = await expectError(
                call(client, "SendSms", {
                    PhoneNumberSet: ["+8613800138009", "+447400123458"], SmsSdkAppId: appId,
                    TemplateId: String(domesticTemplate.TemplateId), SignName: domesticSign.SignName,
                    TemplateParamSet: codeParams(domesticTemplate),
                }),
                "UnsupportedOperation.ContainDomesticAndInternationalPhoneNumber"
            );
            const auth = await expectError(call(badKeyClient, "DescribeSmsSignList", { International: 0 }), "AuthFailure.SignatureFailure");
            const refused = await call(client, "SendSms", {
                PhoneNumberSet: ["abc"], SmsSdkAppId: appId, TemplateId: String(domesticTemplate.TemplateId),
                SignName: domesticSign.SignName, TemplateParamSet: codeParams(domesticTemplate),
            });
            const texts = [e.message, auth.message, refused.SendStatusSet[0].Message];
            const english = texts.filter((t) => !CJK.test(t));
            assert.deepEqual(english, [], "messages that are not Chinese");
        });
    await chineseCheck('profile.language "zh-CN" gives Chinese messages', zh,
        makeClient({ endpoint: loopbackEndpoint, secretId: creds.secretId, secretKey: "wrong", language: "zh-CN" }));
    await chineseCheck("no X-TC-Language (the Node SDK's default) gives the service default, Chinese", a,
        makeClient({ endpoint: loopbackEndpoint, secretId: creds.secretId, secretKey: "wrong" }));

    // ---- Protocol errors through the SDK ----------------------------------------
    await check("unsigned request (skipSign: Authorization SKIP) throws AuthFailure.InvalidAuthorization", async () => {
        actionsCalled.add("DescribeSmsSignList");
        await expectError(a.request("DescribeSmsSignList", { International: 0 }, { skipSign: true }), "AuthFailure.InvalidAuthorization");
    });

    await check("timestamp 10 minutes off throws AuthFailure.SignatureExpire", async () => {
        // The SDK stamps requests with new Date(); shift that clock only.
        const RealDate = Date;
        const skew = 10 * 60 * 1000;
        global.Date = class extends RealDate {
            constructor(...args) {
                if (args.length === 0) super(RealDate.now() - skew);
                else super(...args);
            }
            static now() {
                return RealDate.now() - skew;
            }
        };
        try {
            await expectError(a.request("DescribeSmsSignList", { International: 0 }), "AuthFailure.SignatureExpire");
        } finally {
            global.Date = RealDate;
        }
    });

    await check("unknown action throws InvalidAction; unknown version throws NoSuchVersion", async () => {
        await expectError(a.request("DescribeNothing", {}), "InvalidAction");
        const other = new CommonClient(loopbackEndpoint, "2099-01-01", {
            credential: creds, region: REGION, profile: { httpProfile: { endpoint: loopbackEndpoint, protocol: "http://" } },
        });
        await expectError(other.request("DescribeSmsSignList", { International: 0 }), "NoSuchVersion");
    });

    await check("unknown field throws UnknownParameter; missing required field throws MissingParameter", async () => {
        await expectError(call(a, "DescribeSmsSignList", { International: 0, Colour: "blue" }), "UnknownParameter");
        await expectError(call(a, "DescribeSmsSignList", {}), "MissingParameter");
        await expectError(call(a, "PullSmsSendStatus", { Limit: 10 }), "MissingParameter");
    });

    await check("over the action's QPS (DeleteSmsSign, 1/s) throws RequestLimitExceeded", async () => {
        await sleep(1100);
        const results = await Promise.allSettled([a.DeleteSmsSign({ SignId: 1 }), a.DeleteSmsSign({ SignId: 2 })]);
        const codes = results.map((x) => (x.status === "rejected" ? x.reason.code : "Ok"));
        assert.ok(codes.includes("RequestLimitExceeded"), `two calls in one second: ${codes.join(", ")}`);
    });

    await check("raw answer: HTTP 200, Content-Type application/json, Date header, Error envelope with RequestId", async () => {
        const body = JSON.stringify({ International: 0 });
        const res = await new Promise((resolve, reject) => {
            const req = http.request(
                {
                    host: "127.0.0.1", port, path: "/", method: "POST",
                    headers: { "Content-Type": "application/json", "X-TC-Action": "DescribeSmsSignList", "X-TC-Version": "2021-01-11",
                               "X-TC-Timestamp": String(nowSecs()), "X-TC-Region": REGION, "Content-Length": Buffer.byteLength(body) },
                },
                (r) => {
                    let data = "";
                    r.setEncoding("utf8");
                    r.on("data", (d) => (data += d));
                    r.on("end", () => resolve({ status: r.statusCode, headers: r.headers, data }));
                }
            );
            req.on("error", reject);
            req.end(body);
        });
        assert.equal(res.status, 200, "HTTP status");
        assert.match(res.headers["content-type"] || "", /^application\/json/, "Content-Type");
        assert.ok(res.headers.date && !Number.isNaN(Date.parse(res.headers.date)), `Date header ${res.headers.date}`);
        assert.ok(Math.abs(Date.parse(res.headers.date) / 1000 - nowSecs()) < 120, "Date is now");
        const json = JSON.parse(res.data);
        assert.deepEqual(Object.keys(json), ["Response"]);
        assert.deepEqual(Object.keys(json.Response).sort(), ["Error", "RequestId"], "no output fields on error");
        assert.equal(json.Response.Error.Code, "AuthFailure.InvalidAuthorization");
        assert.equal(typeof json.Response.Error.Message, "string");
        assert.match(json.Response.RequestId, UUID);
    });

    // ---- Coverage ---------------------------------------------------------------
    await check("every action of the SDK's v20210111 client was called", () => {
        const proto = SmsClient.prototype;
        const sdkActions = Object.getOwnPropertyNames(proto).filter((n) => n !== "constructor" && typeof proto[n] === "function");
        assert.equal(sdkActions.length, 20, `the pinned SDK has 20 actions (has ${sdkActions.length})`);
        const missing = sdkActions.filter((n) => !actionsCalled.has(n));
        assert.deepEqual(missing, [], "actions never called");
    });

    smsAgent.destroy();
}

main()
    .catch((e) => {
        failed += 1;
        console.log(`FAIL unexpected: ${e.stack || e}`);
    })
    .finally(() => {
        console.log(`${passed} passed, ${failed} failed`);
        process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
    });
