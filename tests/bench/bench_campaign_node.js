#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// The official Node.js SDK (pinned in tests/conformance) sending the same
// requests as `smsctl campaign run` would: REQUESTS SendSms of 200 unique
// numbers each, CONCURRENCY at once, no journal. Reads the sandbox's start
// line (JSON) from the file given; prints accepted numbers and wall time.
//
//   node bench_campaign_node.js START.json TEMPLATE SIGN REQUESTS CONCURRENCY
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const { createRequire } = require("node:module");

for (const name of ["http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY"]) delete process.env[name];
const sdkRequire = createRequire(path.join(__dirname, "../conformance/package.json"));
const SmsClient = sdkRequire("tencentcloud-sdk-nodejs-sms").sms.v20210111.Client;

const [startFile, templateId, signName, requestsArg, concurrencyArg] = process.argv.slice(2);
const start = JSON.parse(fs.readFileSync(startFile, "utf8").split("\n")[0]);
const requests = Number(requestsArg || 500);
const concurrency = Number(concurrencyArg || 4);
const client = new SmsClient({
    credential: { secretId: start.secretId, secretKey: start.secretKey },
    region: "ap-guangzhou",
    profile: { httpProfile: { endpoint: start.endpoint.replace(/^http:\/\//, ""), protocol: "http://", reqTimeout: 60 } },
});

function numbers(request) {
    const list = [];
    for (let i = 0; i < 200; ++i)
        list.push(`+86139${String(request * 200 + i).padStart(8, "0")}`);
    return list;
}

async function main() {
    const began = process.hrtime.bigint();
    let next = 0, accepted = 0, failed = 0;
    async function worker() {
        while (next < requests) {
            const request = next++;
            try {
                const answer = await client.SendSms({
                    PhoneNumberSet: numbers(request), SmsSdkAppId: start.appId, SignName: signName,
                    TemplateId: templateId, TemplateParamSet: ["Li", "A7", "C"],
                });
                for (const status of answer.SendStatusSet) status.Code === "Ok" ? ++accepted : ++failed;
            } catch (e) {
                failed += 200;
            }
        }
    }
    await Promise.all(Array.from({ length: concurrency }, worker));
    const seconds = Number(process.hrtime.bigint() - began) / 1e9;
    console.log(`node sdk: ${accepted} accepted, ${failed} failed, ${seconds.toFixed(2)} s`);
}
main();
