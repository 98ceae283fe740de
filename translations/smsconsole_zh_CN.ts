<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>sms::api::ApiCall</name>
    <message>
        <source>The service refused %1 of %2 numbers.</source>
        <translation>服务拒绝了 %2 个号码中的 %1 个。</translation>
    </message>
</context>
<context>
    <name>sms::api::ApiClient</name>
    <message>
        <source>The endpoint &quot;%1&quot; is not a valid URL.</source>
        <translation>接入地址“%1”不是有效的 URL。</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer (127.0.0.1, ::1, localhost); use https:// so that your keys never cross a network unencrypted.</source>
        <translation>明文 http:// 仅限本机地址使用（127.0.0.1、::1、localhost）；请改用 https://，以免密钥未经加密在网络上传输。</translation>
    </message>
    <message>
        <source>The endpoint must start with https://.</source>
        <translation>接入地址必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>No API key is configured: a SecretId and a SecretKey are both needed.</source>
        <translation>尚未配置 API 密钥：SecretId 和 SecretKey 缺一不可。</translation>
    </message>
</context>
<context>
    <name>sms::api::ApiError</name>
    <message>
        <source>no error</source>
        <translation>无错误</translation>
    </message>
    <message>
        <source>configuration</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>protocol</source>
        <translation>协议</translation>
    </message>
    <message>
        <source>service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>partial failure</source>
        <translation>部分失败</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>local check</source>
        <translation>本地检查</translation>
    </message>
</context>
<context>
    <name>sms::api::ResponseParser</name>
    <message>
        <source>The server answered with an empty body.</source>
        <translation>服务器返回的应答内容为空。</translation>
    </message>
    <message>
        <source>The answer ends in the middle of the JSON document (bytes: %1).</source>
        <translation>应答在 JSON 文档中途结束（共 %1 字节）。</translation>
    </message>
    <message>
        <source>The answer is not JSON (%1 at byte %2).</source>
        <translation>应答不是 JSON（%1，位于第 %2 字节）。</translation>
    </message>
    <message>
        <source>The answer is JSON but has no &quot;Response&quot; object.</source>
        <translation>应答是 JSON，但其中没有 &quot;Response&quot; 对象。</translation>
    </message>
    <message>
        <source>The answer reports an error without a code.</source>
        <translation>应答报告了错误，但没有给出错误码。</translation>
    </message>
</context>
<context>
    <name>sms::api::TransportClassifier</name>
    <message>
        <source>No complete answer within %1 s.</source>
        <translation>%1 秒内没有收到完整的应答。</translation>
    </message>
    <message>
        <source>The answer was larger than %1 MiB and was not read.</source>
        <translation>应答超过 %1 MiB，未予读取。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1 %2 instead of 200.</source>
        <translation>服务器返回了 HTTP %1 %2，而不是 200。</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be established: %2</source>
        <translation>无法与 %1 建立安全连接：%2</translation>
    </message>
    <message>
        <source>The name %1 could not be resolved (DNS).</source>
        <translation>无法解析域名 %1（DNS）。</translation>
    </message>
    <message>
        <source>%1 refused the connection.</source>
        <translation>%1 拒绝了连接。</translation>
    </message>
    <message>
        <source>The connection was closed after the request was sent and before any answer arrived.</source>
        <translation>请求已发出，但在收到任何应答之前连接就被关闭了。</translation>
    </message>
    <message>
        <source>The connection closed in the middle of the answer (bytes received: %1).</source>
        <translation>接收应答途中连接被关闭（已收到 %1 字节）。</translation>
    </message>
    <message>
        <source>The connection was closed before any answer arrived.</source>
        <translation>在收到任何应答之前连接就被关闭了。</translation>
    </message>
    <message>
        <source>The connection timed out.</source>
        <translation>连接超时。</translation>
    </message>
    <message>
        <source>The answer broke the HTTP protocol: %1</source>
        <translation>应答不符合 HTTP 协议：%1</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>网络错误：%1</translation>
    </message>
    <message>
        <source>The answer&apos;s framing is broken: it has both a Content-Length and a Transfer-Encoding header, so its length is ambiguous.</source>
        <translation>应答的分帧已损坏：它同时带有 Content-Length 和 Transfer-Encoding 头，长度无法确定。</translation>
    </message>
    <message>
        <source>The answer&apos;s framing is broken: its Content-Length &quot;%1&quot; is not a number of bytes.</source>
        <translation>应答的分帧已损坏：其 Content-Length“%1”不是字节数。</translation>
    </message>
    <message>
        <source>The answer&apos;s framing is broken: its chunked body gave no data (a chunk size that is not a hexadecimal number, or no chunk at all).</source>
        <translation>应答的分帧已损坏：分块传输的内容没有给出任何数据（块大小不是十六进制数，或根本没有数据块）。</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in HTTP: unasked, it said &quot;%2&quot;. Check the endpoint&apos;s port.</source>
        <translation>%1 上的服务器没有用 HTTP 应答：它未经询问就发来了“%2”。请检查接入地址的端口。</translation>
    </message>
</context>
<context>
    <name>sms::campaign::CampaignRunner</name>
    <message>
        <source>There is no campaign %1 in %2.</source>
        <translation>%2 中没有群发任务 %1。</translation>
    </message>
    <message>
        <source>The campaign journal cannot be written: %1</source>
        <translation>无法写入群发日志：%1</translation>
    </message>
    <message>
        <source>Another client took this run of campaign %1 for dead and ended it; nothing more is sent from here.</source>
        <translation>另一个客户端认为本客户端对群发任务 %1 的发送已中断，并结束了它；此后不再从这里发送。</translation>
    </message>
</context>
<context>
    <name>sms::campaign::CampaignStore</name>
    <message>
        <source>The campaign journal %1 cannot be used: %2</source>
        <translation>无法使用群发日志 %1：%2</translation>
    </message>
    <message>
        <source>The refused rows could not be written to %1: %2</source>
        <translation>无法把被拒绝的行写入 %1：%2</translation>
    </message>
    <message>
        <source>No campaign journal is open: choose a profile first.</source>
        <translation>没有打开群发日志：请先选择配置。</translation>
    </message>
    <message>
        <source>The campaign journal cannot be written: %1</source>
        <translation>无法写入群发日志：%1</translation>
    </message>
    <message>
        <source>%1 is already in this campaign.</source>
        <translation>%1 已在此群发任务中。</translation>
    </message>
    <message>
        <source>row %1 of campaign %2 may have been sent meanwhile: it is not changed.</source>
        <translation>群发任务 %2 的第 %1 行可能已在此期间发出：未作更改。</translation>
    </message>
</context>
<context>
    <name>sms::campaign::CsvRowSource</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
</context>
<context>
    <name>sms::campaign::ImportJob</name>
    <message numerus="yes">
        <source>The imported rows could not be stored; the import stopped after %n row(s).</source>
        <translation>
            <numerusform>无法保存导入的行；导入在第 %n 行后停止。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sms::campaign::Preflight</name>
    <message>
        <source>This row has no phone number.</source>
        <translation>此行没有手机号码。</translation>
    </message>
    <message>
        <source>%1 is already in an earlier row; it is sent once.</source>
        <translation>%1 在前面的行中已经出现；只发送一次。</translation>
    </message>
    <message>
        <source>%1 is outside the Chinese mainland; the template is for mainland numbers only.</source>
        <translation>%1 不是中国大陆号码；该模板只能发送给中国大陆号码。</translation>
    </message>
    <message>
        <source>%1 is a mainland China number; the template is for international numbers only.</source>
        <translation>%1 是中国大陆号码；该模板只能发送给国际/港澳台号码。</translation>
    </message>
    <message numerus="yes">
        <source>The template has %n variable(s); this row gives %1.</source>
        <translation>
            <numerusform>模板有 %n 个变量；此行提供了 %1 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is &quot;%2&quot;: a verification code is 0 to %3 digits.</source>
        <translation>%1 为“%2”：验证码应为 0 到 %3 位数字。</translation>
    </message>
    <message>
        <source>%1 holds a web address (&quot;%2&quot;); a variable may not carry a link.</source>
        <translation>%1 含有网址（“%2”）；变量中不能带链接。</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; the account allows %3.</source>
        <translation>%1 长 %2 个字符；本账号最多允许 %3 个。</translation>
    </message>
    <message>
        <source>%1 opted out of messages from this account.</source>
        <translation>%1 已退订本账号的短信。</translation>
    </message>
    <message>
        <source>The message is %1 characters long; at most %2 are sent.</source>
        <translation>短信长 %1 个字符；最多只能发送 %2 个字符。</translation>
    </message>
    <message>
        <source>The template is not approved: it is under review or was rejected.</source>
        <translation>模板未通过审核：正在审核中或已被拒绝。</translation>
    </message>
    <message>
        <source>Messages to mainland China need an approved signature.</source>
        <translation>发往中国大陆的短信需要审核通过的签名。</translation>
    </message>
    <message>
        <source>The signature &quot;%1&quot; is not approved.</source>
        <translation>签名“%1”未通过审核。</translation>
    </message>
    <message>
        <source>Marketing messages go out only between 08:00 and 22:00 Beijing time; plan the campaign within those hours.</source>
        <translation>营销短信只能在北京时间 08:00 到 22:00 之间发送；请把群发安排在这个时段内。</translation>
    </message>
</context>
<context>
    <name>sms::campaign::PreflightSummary</name>
    <message>
        <source>The campaign needs %1 segments; the SMS packages have %2 left.</source>
        <translation>本次群发需要 %1 条计费短信；套餐包只剩 %2 条。</translation>
    </message>
</context>
<context>
    <name>sms::campaign::RecipientReader</name>
    <message>
        <source>%1 could not be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is UTF-16 text (Excel&apos;s &quot;Unicode Text&quot;). Save it as CSV (UTF-8) or .xlsx and import that.</source>
        <translation>%1 是 UTF-16 文本（Excel 的“Unicode 文本”）。请另存为 CSV（UTF-8）或 .xlsx 后再导入。</translation>
    </message>
</context>
<context>
    <name>sms::campaign::Reconciler</name>
    <message>
        <source>The campaign journal cannot be written: %1</source>
        <translation>无法写入群发日志：%1</translation>
    </message>
</context>
<context>
    <name>sms::campaign::XlsxRowSource</name>
    <message>
        <source>%1 is not an .xlsx workbook (it does not open as a zip archive).</source>
        <translation>%1 不是 .xlsx 工作簿（无法作为 zip 压缩包打开）。</translation>
    </message>
    <message>
        <source>%1 has no worksheet: is it an .xlsx workbook?</source>
        <translation>%1 中没有工作表：它是 .xlsx 工作簿吗？</translation>
    </message>
    <message>
        <source>The first sheet of %1 could not be unpacked.</source>
        <translation>无法解压 %1 的第一个工作表。</translation>
    </message>
    <message>
        <source>The first sheet of %1 could not be unpacked (error %2).</source>
        <translation>无法解压 %1 的第一个工作表（错误 %2）。</translation>
    </message>
    <message>
        <source>The first sheet of %1 is not well-formed: %2</source>
        <translation>%1 的第一个工作表格式不正确：%2</translation>
    </message>
</context>
<context>
    <name>sms::cli::CampaignCommand</name>
    <message>
        <source>campaign run: the recipients (.csv or .xlsx).</source>
        <translation>campaign run：收件人名单（.csv 或 .xlsx）。</translation>
    </message>
    <message>
        <source>campaign run: the approved signature&apos;s text.</source>
        <translation>campaign run：审核通过的签名文字。</translation>
    </message>
    <message>
        <source>campaign run: the approved template&apos;s ID.</source>
        <translation>campaign run：审核通过的模板 ID。</translation>
    </message>
    <message>
        <source>campaign run: the SmsSdkAppId (default: the profile&apos;s first).</source>
        <translation>campaign run：SmsSdkAppId（默认：配置中的第一个）。</translation>
    </message>
    <message>
        <source>campaign run and resume: requests on the wire at once (default 4).</source>
        <translation>campaign run 和 resume：同时进行的请求数（默认 4）。</translation>
    </message>
    <message>
        <source>campaign: the journal database (default: the profile&apos;s).</source>
        <translation>campaign：群发日志数据库（默认：配置自己的）。</translation>
    </message>
    <message>
        <source>campaign run: the region of numbers written without a country code (default CN).</source>
        <translation>campaign run：没有国家码的号码所属的地区（默认 CN）。</translation>
    </message>
    <message>
        <source>campaign status, resume and reconcile: the campaign&apos;s ID.</source>
        <translation>campaign status、resume 和 reconcile：群发任务的 ID。</translation>
    </message>
    <message>
        <source>usage: smsctl campaign run|list|status|resume|reconcile [options]</source>
        <translation>用法：smsctl campaign run|list|status|resume|reconcile [选项]</translation>
    </message>
    <message>
        <source>campaign run needs --csv FILE and --template ID</source>
        <translation>campaign run 需要 --csv FILE 和 --template ID</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>campaign %1 needs --campaign ID</source>
        <translation>campaign %1 需要 --campaign ID</translation>
    </message>
    <message>
        <source>--concurrency takes a number from 1 to 64</source>
        <translation>--concurrency 需要 1 到 64 之间的数字</translation>
    </message>
    <message>
        <source>smsctl: cannot use the journal %1: %2</source>
        <translation>smsctl：无法使用日志 %1：%2</translation>
    </message>
    <message>
        <source>smsctl: campaign run needs --app-id ID (or a profile with an SmsSdkAppId)</source>
        <translation>smsctl：campaign run 需要 --app-id ID（或带有 SmsSdkAppId 的配置）</translation>
    </message>
    <message>
        <source>smsctl: there is no campaign %1 in %2</source>
        <translation>smsctl：%2 中没有群发任务 %1</translation>
    </message>
    <message>
        <source>smsctl: there is no campaign %1</source>
        <translation>smsctl：没有群发任务 %1</translation>
    </message>
    <message>
        <source>smsctl: cannot write the journal: %1</source>
        <translation>smsctl：无法写入日志：%1</translation>
    </message>
    <message>
        <source>campaign %1: importing %2</source>
        <translation>群发任务 %1：正在导入 %2</translation>
    </message>
    <message>
        <source>smsctl: cannot import %1: %2</source>
        <translation>smsctl：无法导入 %1：%2</translation>
    </message>
    <message>
        <source>campaign %1: %2 rows, %3 to send, %4 refused by pre-flight, %5 segments</source>
        <translation>群发任务 %1：%2 行，%3 条待发送，%4 条未通过发送前检查，共 %5 条计费短信</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>未发送任何短信。</translation>
    </message>
    <message>
        <source>campaign %1: waiting for its start time or sending hours</source>
        <translation>群发任务 %1：正在等待开始时间或允许发送的时段</translation>
    </message>
    <message>
        <source>smsctl: the campaign stopped: %1</source>
        <translation>smsctl：群发已停止：%1</translation>
    </message>
    <message>
        <source>campaign %1 reconciled: %2 accepted, %3 refused, %4 back in the queue, %5 still uncertain</source>
        <translation>群发任务 %1 已核对：%2 条已受理，%3 条被拒绝，%4 条重新排队，%5 条仍不确定</translation>
    </message>
    <message>
        <source>Run smsctl campaign resume --campaign %1 to send what is back in the queue.</source>
        <translation>运行 smsctl campaign resume --campaign %1 发送重新排队的号码。</translation>
    </message>
    <message>
        <source>ETA %1 s</source>
        <translation>预计剩余 %1 秒</translation>
    </message>
    <message>
        <source>ETA -</source>
        <translation>预计剩余 -</translation>
    </message>
    <message>
        <source>%1/%2 accepted %3 refused %4 uncertain %5 · %6/s · %7</source>
        <translation>%1/%2 已受理 %3 被拒绝 %4 不确定 %5 · %6/秒 · %7</translation>
    </message>
    <message>
        <source>campaign %1: </source>
        <translation>群发任务 %1：</translation>
    </message>
    <message>
        <source>%1 numbers are uncertain: run smsctl campaign reconcile --campaign %2 before sending them again.</source>
        <translation>%1 个号码结果不确定：请先运行 smsctl campaign reconcile --campaign %2，再考虑重新发送。</translation>
    </message>
    <message>
        <source>campaign run: the template is a marketing one: sent only 08:00-22:00 Beijing time (the same as --template-type marketing).</source>
        <translation>campaign run：模板为营销类，只在北京时间 08:00-22:00 发送（等同于 --template-type marketing）。</translation>
    </message>
    <message>
        <source>campaign run: what the template is for, which decides the verification-code rule and marketing hours: notification (default), marketing or verification.</source>
        <translation>campaign run：模板用途，决定验证码规则和营销短信的发送时段：notification（通知，默认）、marketing（营销）或 verification（验证码）。</translation>
    </message>
    <message>
        <source>--template-type is notification, marketing or verification, not %1</source>
        <translation>--template-type 只能是 notification、marketing 或 verification，不能是 %1</translation>
    </message>
    <message>
        <source>--marketing contradicts --template-type %1</source>
        <translation>--marketing 与 --template-type %1 相矛盾</translation>
    </message>
    <message>
        <source>campaign run, resume and reconcile: seconds without renewal after which other clients of the store take this one for dead and recover its batches (default 60).</source>
        <translation>campaign run、resume 和 reconcile：租约多少秒未续期后，共用同一存储的其他客户端就认定本客户端已中断，并接管其批次（默认 60）。</translation>
    </message>
    <message>
        <source>  campaign run --csv FILE --template ID [--sign NAME] [--app-id ID]
      [--concurrency N] [--lease SECONDS] [--journal DB] [--default-region CN]
      [--template-type notification|marketing|verification] [--marketing]
                         send a template to every number of FILE (first column
                         the number, then {1}..{n}), journaled.
  campaign list [--journal DB]
  campaign status|resume|reconcile --campaign ID [--journal DB]
                         exit 0 all accepted, 3 some refused, 5 some uncertain
                         (reconcile asks the service what became of them).
</source>
        <translation>  campaign run --csv FILE --template ID [--sign NAME] [--app-id ID]
      [--concurrency N] [--lease SECONDS] [--journal DB] [--default-region CN]
      [--template-type notification|marketing|verification] [--marketing]
                         把模板发给 FILE 中的每个号码（第一列为号码，
                         其后依次为 {1}..{n}），全程记入群发日志。
  campaign list [--journal DB]
  campaign status|resume|reconcile --campaign ID [--journal DB]
                         退出码：0 全部已受理，3 有号码被拒绝，5 有号码不确定
                         （reconcile 会向服务查询这些号码的结果）。
</translation>
    </message>
    <message>
        <source>--lease takes a number of seconds from 1 to 3600</source>
        <translation>--lease 的取值是 1 到 3600 之间的秒数</translation>
    </message>
    <message>
        <source>campaign %1: waiting for the database: %2</source>
        <translation>群发任务 %1：正在等待数据库恢复：%2</translation>
    </message>
    <message>
        <source>campaign %1: the database is back, sending goes on</source>
        <translation>群发任务 %1：数据库已恢复，继续发送</translation>
    </message>
    <message>
        <source> · waiting for the database</source>
        <translation> · 正在等待数据库</translation>
    </message>
</context>
<context>
    <name>sms::cli::ExplainCommand</name>
    <message>
        <source>Usage: smsctl explain CODE [--lang zh_CN|en]
       smsctl explain --list
Explains an error code of the SMS service or of SMS Console: what it means,
what to do now and whether retrying helps.</source>
        <translation>用法：smsctl explain 错误码 [--lang zh_CN|en]
      smsctl explain --list
解释短信服务或 SMS Console 的错误码：它的含义、
现在该怎么做，以及重试是否有用。</translation>
    </message>
    <message>
        <source>smsctl explain: %1</source>
        <translation>smsctl explain：%1</translation>
    </message>
    <message>
        <source>--lang needs a value (zh_CN or en)</source>
        <translation>--lang 需要一个取值（zh_CN 或 en）</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>未知选项“%1”</translation>
    </message>
    <message>
        <source>--list takes no code</source>
        <translation>--list 不能与错误码同时使用</translation>
    </message>
    <message>
        <source>no error code given</source>
        <translation>没有提供错误码</translation>
    </message>
    <message>
        <source>one error code at a time</source>
        <translation>一次只能解释一个错误码</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not look like an error code (for example AuthFailure.SignatureExpire)</source>
        <translation>“%1”看起来不是错误码（错误码形如 AuthFailure.SignatureExpire）</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (use one of %2)</source>
        <translation>未知语言“%1”（可用：%2）</translation>
    </message>
</context>
<context>
    <name>sms::cli::HistoryCommand</name>
    <message>
        <source>history, send and optout: the phone number.</source>
        <translation>history、send 和 optout：手机号码。</translation>
    </message>
    <message>
        <source>history and stats: print JSON (history: one object a line).</source>
        <translation>history 和 stats：输出 JSON（history：每行一个对象）。</translation>
    </message>
    <message>
        <source>history: only sends at or after DATE (ISO 8601 date or date and time).</source>
        <translation>history：只列出 DATE 及之后的发送（ISO 8601 日期，或日期加时间）。</translation>
    </message>
    <message>
        <source>  history --phone NUMBER [--since DATE] [--json] [--journal DB]
                         each send to NUMBER a line: time, template, SerialNo,
                         state, code or receipt description.
  history failures [--since DATE] [--journal DB]
                         failed sends by code (default: today), with guidance.
</source>
        <translation>  history --phone NUMBER [--since DATE] [--json] [--journal DB]
                         每次发往 NUMBER 的发送占一行：时间、模板、SerialNo、
                         状态、错误码或回执说明。
  history failures [--since DATE] [--journal DB]
                         按错误码列出失败的发送（默认：今天），附处理建议。
</translation>
    </message>
    <message>
        <source>usage: smsctl history --phone NUMBER [--since DATE] [--json] [--journal DB], or smsctl history failures [--since DATE]</source>
        <translation>用法：smsctl history --phone NUMBER [--since DATE] [--json] [--journal DB]，或 smsctl history failures [--since DATE]</translation>
    </message>
    <message>
        <source>--since takes an ISO 8601 date or date and time, for example 2026-03-01 or 2026-03-01T08:00:00+08:00</source>
        <translation>--since 需要 ISO 8601 格式的日期或日期加时间，例如 2026-03-01 或 2026-03-01T08:00:00+08:00</translation>
    </message>
    <message>
        <source>smsctl: there is no database %1</source>
        <translation>smsctl：数据库 %1 不存在</translation>
    </message>
    <message>
        <source>smsctl: nothing has been sent from this profile yet (no %1)</source>
        <translation>smsctl：此配置还没有发送过任何短信（没有 %1）</translation>
    </message>
    <message>
        <source>smsctl: cannot use the database %1: %2</source>
        <translation>smsctl：无法使用数据库 %1：%2</translation>
    </message>
    <message>
        <source>smsctl: cannot read the history: %1</source>
        <translation>smsctl：无法读取发送记录：%1</translation>
    </message>
    <message>
        <source>smsctl: no sends to %1</source>
        <translation>smsctl：没有发往 %1 的发送记录</translation>
    </message>
    <message>
        <source>smsctl: no failed sends since %1</source>
        <translation>smsctl：自 %1 以来没有失败的发送</translation>
    </message>
    <message>
        <source>More: smsctl explain CODE</source>
        <translation>详细说明：smsctl explain CODE</translation>
    </message>
</context>
<context>
    <name>sms::cli::IngestCommand</name>
    <message>
        <source>history, send and optout: the phone number.</source>
        <translation>history、send 和 optout：手机号码。</translation>
    </message>
    <message>
        <source>send: the template&apos;s next parameter ({1}, then {2}...); repeat it.</source>
        <translation>send：模板的下一个参数（先 {1}，再 {2}...）；可重复指定。</translation>
    </message>
    <message>
        <source>receipts pull: keep pulling until interrupted (SIGINT or SIGTERM).</source>
        <translation>receipts pull：持续拉取，直到被中断（SIGINT 或 SIGTERM）。</translation>
    </message>
    <message>
        <source>receipts pull --watch: seconds between pulls (default 30).</source>
        <translation>receipts pull --watch：两次拉取之间的秒数（默认 30）。</translation>
    </message>
    <message>
        <source>optout add and remove: why, kept with the number.</source>
        <translation>optout add 和 remove：原因，与号码一起保存。</translation>
    </message>
    <message>
        <source>  receipts pull [--watch] [--interval S] [--app-id ID] [--journal DB]
                         store delivery receipts and replies; print how many.
  send --phone N --template ID [--sign NAME] [--param V]... [--app-id ID]
      [--marketing] [--journal DB]
                         one message, with a campaign&apos;s checks and journal;
                         exit codes as campaign run.
  optout list|add|remove [--phone N] [--note TEXT] [--journal DB]
                         the numbers that asked for no more messages.
</source>
        <translation>  receipts pull [--watch] [--interval S] [--app-id ID] [--journal DB]
                         保存回执和回复，并输出保存的数量。
  send --phone N --template ID [--sign NAME] [--param V]... [--app-id ID]
      [--marketing] [--journal DB]
                         发送一条短信，像群发任务一样检查并记入日志；
                         退出码与 campaign run 相同。
  optout list|add|remove [--phone N] [--note TEXT] [--journal DB]
                         要求不再接收短信的号码（退订名单）。
</translation>
    </message>
    <message>
        <source>usage: smsctl receipts pull [--watch] [options]</source>
        <translation>用法：smsctl receipts pull [--watch] [选项]</translation>
    </message>
    <message>
        <source>usage: smsctl send --phone N --template ID [options]</source>
        <translation>用法：smsctl send --phone N --template ID [选项]</translation>
    </message>
    <message>
        <source>usage: smsctl optout list|add|remove [options]</source>
        <translation>用法：smsctl optout list|add|remove [选项]</translation>
    </message>
    <message>
        <source>--interval takes a number of seconds greater than 0</source>
        <translation>--interval 需要一个大于 0 的秒数</translation>
    </message>
    <message>
        <source>%1 needs --phone N</source>
        <translation>%1 需要 --phone N</translation>
    </message>
    <message>
        <source>send needs --template ID</source>
        <translation>send 需要 --template ID</translation>
    </message>
    <message>
        <source>optout remove needs --note TEXT: why the number may get messages again</source>
        <translation>optout remove 需要 --note TEXT：说明该号码为何可以重新接收短信</translation>
    </message>
    <message>
        <source>smsctl: cannot use the journal %1: %2</source>
        <translation>smsctl：无法使用日志 %1：%2</translation>
    </message>
    <message>
        <source>smsctl: this command needs --app-id ID (or a profile with an SmsSdkAppId)</source>
        <translation>smsctl：此命令需要 --app-id ID（或带有 SmsSdkAppId 的配置）</translation>
    </message>
    <message>
        <source>smsctl: cannot write %1: %2</source>
        <translation>smsctl：无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 is on the opt-out list</source>
        <translation>%1 已在退订名单中</translation>
    </message>
    <message>
        <source>smsctl: %1 is not on the opt-out list</source>
        <translation>smsctl：%1 不在退订名单中</translation>
    </message>
    <message>
        <source>%1 is off the opt-out list</source>
        <translation>%1 已移出退订名单</translation>
    </message>
    <message>
        <source>smsctl: pulling failed: %1</source>
        <translation>smsctl：拉取失败：%1</translation>
    </message>
    <message>
        <source>receipts: %1 stored, replies: %2 stored so far</source>
        <translation>回执：已保存 %1 条；回复：已保存 %2 条（累计）</translation>
    </message>
    <message>
        <source>receipts: pulling every %1 s for %2; stop with Ctrl+C</source>
        <translation>回执：每 %1 秒为 %2 拉取一次；按 Ctrl+C 停止</translation>
    </message>
    <message>
        <source>smsctl: %1</source>
        <translation>smsctl：%1</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>未发送任何短信。</translation>
    </message>
    <message>
        <source>The answer was lost: run smsctl campaign reconcile --campaign %1 before sending it again.</source>
        <translation>应答丢失：重新发送之前，请先运行 smsctl campaign reconcile --campaign %1。</translation>
    </message>
    <message>
        <source>smsctl: the message was not sent: %1</source>
        <translation>smsctl：短信未发送：%1</translation>
    </message>
</context>
<context>
    <name>sms::cli::ReviewCommand</name>
    <message>
        <source>sign, template: the signature&apos;s text or the template&apos;s name.</source>
        <translation>sign、template：签名的文字或模板的名称。</translation>
    </message>
    <message>
        <source>sign: SignType (0 company, 1 app, 4 trademark, 5 institution); template: verification, notification or marketing.</source>
        <translation>sign：SignType（0 公司，1 App，4 商标，5 政府/机关事业单位/其他机构）；template：verification、notification 或 marketing。</translation>
    </message>
    <message>
        <source>sign: DocumentType of the proof (0, 1, 2, 3, 4 or 7).</source>
        <translation>sign：证明材料的 DocumentType（0、1、2、3、4 或 7）。</translation>
    </message>
    <message>
        <source>sign: the proof document, a JPG or PNG file.</source>
        <translation>sign：证明材料，JPG 或 PNG 文件。</translation>
    </message>
    <message>
        <source>sign: self (default) or others.</source>
        <translation>sign：self（自用，默认）或 others（他用）。</translation>
    </message>
    <message>
        <source>sign: the other party&apos;s authorization letter, a JPG or PNG file (with --purpose others).</source>
        <translation>sign：对方的授权书，JPG 或 PNG 文件（与 --purpose others 一起使用）。</translation>
    </message>
    <message>
        <source>sign: the QualificationId (mainland China).</source>
        <translation>sign：资质 ID（QualificationId，中国大陆）。</translation>
    </message>
    <message>
        <source>template: the text, variables as {1}, {2}, ...</source>
        <translation>template：模板正文，变量写作 {1}、{2}……</translation>
    </message>
    <message>
        <source>sign, template: a remark for the reviewers.</source>
        <translation>sign、template：给审核人员的备注。</translation>
    </message>
    <message>
        <source>sign, template: international SMS instead of mainland China.</source>
        <translation>sign、template：国际/港澳台短信，而非中国大陆短信。</translation>
    </message>
    <message>
        <source>list: only reviewing, approved or rejected records.</source>
        <translation>list：只列出审核中、已通过或已拒绝的记录。</translation>
    </message>
    <message>
        <source>sign, template: the SignId or TemplateId to modify or delete.</source>
        <translation>sign、template：要修改或删除的 SignId 或 TemplateId。</translation>
    </message>
    <message>
        <source>  sign list|add|check|modify|delete      signatures (see below)
  template list|add|check|modify|delete  templates (see below)

  sign|template list [--international] [--status reviewing|approved|rejected]
      one record a line: id, status, name (and the reviewer&apos;s reply).
  sign add|check --name NAME --type N --document-type N --proof FILE
      [--purpose self|others] [--commission FILE] [--international]
      [--remark TEXT] [--qualification ID]
  template add|check --name NAME --content TEXT
      --type verification|notification|marketing [--international] [--remark TEXT]
  sign|template modify --id N and the options of add
  sign|template delete --id N
      add, modify and check run SMS Console&apos;s checks first: each problem is
      printed as CODE: sentence, nothing is sent, and the exit code is 3.
      check never sends anything and exits 0 when every check passes.
</source>
        <translation>  sign list|add|check|modify|delete      签名（见下文）
  template list|add|check|modify|delete  模板（见下文）

  sign|template list [--international] [--status reviewing|approved|rejected]
      每行一条记录：ID、状态、名称（以及审核回复）。
  sign add|check --name NAME --type N --document-type N --proof FILE
      [--purpose self|others] [--commission FILE] [--international]
      [--remark TEXT] [--qualification ID]
  template add|check --name NAME --content TEXT
      --type verification|notification|marketing [--international] [--remark TEXT]
  sign|template modify --id N 以及 add 的各选项
  sign|template delete --id N
      add、modify 和 check 会先运行 SMS Console 的检查：每个问题按
      “错误码: 说明”输出一行，不发送任何请求，退出码为 3。
      check 从不发送请求，全部检查通过时退出码为 0。
</translation>
    </message>
    <message>
        <source>usage: smsctl %1 list|add|check|modify|delete [options]</source>
        <translation>用法：smsctl %1 list|add|check|modify|delete [选项]</translation>
    </message>
    <message>
        <source>--%1 does not go with &quot;%2 %3&quot;</source>
        <translation>--%1 不能与“%2 %3”一起使用</translation>
    </message>
    <message>
        <source>--id takes the record&apos;s number</source>
        <translation>--id 需要记录的编号</translation>
    </message>
    <message>
        <source>--status takes reviewing, approved or rejected</source>
        <translation>--status 可取 reviewing、approved 或 rejected</translation>
    </message>
    <message>
        <source>All checks passed; nothing was sent.</source>
        <translation>全部检查通过；未发送任何请求。</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>必须提供 --%1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large for an image</source>
        <translation>%1 太大，不能作为图片</translation>
    </message>
    <message>
        <source>--type takes verification, notification or marketing</source>
        <translation>--type 可取 verification、notification 或 marketing</translation>
    </message>
    <message>
        <source>--type and --document-type take numbers</source>
        <translation>--type 和 --document-type 需要数字</translation>
    </message>
    <message>
        <source>--purpose takes self or others</source>
        <translation>--purpose 可取 self 或 others</translation>
    </message>
    <message>
        <source>--qualification takes a number</source>
        <translation>--qualification 需要数字</translation>
    </message>
</context>
<context>
    <name>sms::cli::SmsCtl</name>
    <message>
        <source>smsctl: %1</source>
        <translation>smsctl：%1</translation>
    </message>
    <message>
        <source>Try &apos;smsctl --help&apos; for usage.</source>
        <translation>执行 &apos;smsctl --help&apos; 查看用法。</translation>
    </message>
    <message>
        <source>Service endpoint (default %1).</source>
        <translation>服务接入地址（默认为 %1）。</translation>
    </message>
    <message>
        <source>Region (default %1).</source>
        <translation>地域（默认为 %1）。</translation>
    </message>
    <message>
        <source>Language of messages: zh_CN or en.</source>
        <translation>消息语言：zh_CN 或 en。</translation>
    </message>
    <message>
        <source>Log each request&apos;s progress to standard error (never keys or signatures).</source>
        <translation>把每个请求的进度输出到标准错误（从不输出密钥或请求签名）。</translation>
    </message>
    <message>
        <source>The command&apos;s arguments.</source>
        <translation>命令的参数。</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>没有指定命令</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <source>usage: smsctl call ACTION [JSON|-]</source>
        <translation>用法：smsctl call ACTION [JSON|-]</translation>
    </message>
    <message>
        <source>smsctl: note: removed spaces around the SecretId or SecretKey</source>
        <translation>smsctl：提示：已去掉 SecretId 或 SecretKey 首尾的空白字符</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action name (for example SendSms)</source>
        <translation>“%1”不是接口名（接口名形如 SendSms）</translation>
    </message>
    <message>
        <source>cannot read the request from standard input</source>
        <translation>无法从标准输入读取请求</translation>
    </message>
    <message>
        <source>the request is not valid JSON: %1 at byte %2</source>
        <translation>请求不是有效的 JSON：%1（位于第 %2 字节）</translation>
    </message>
    <message>
        <source>the request must be a JSON object</source>
        <translation>请求必须是一个 JSON 对象</translation>
    </message>
    <message>
        <source>%1 error (%2): %3</source>
        <translation>%1错误（%2）：%3</translation>
    </message>
    <message>
        <source>Warning: the request may have reached the service and been carried out. Check the send records before repeating it.</source>
        <translation>警告：该请求可能已到达服务并已执行。重复发送之前，请先查看发送记录。</translation>
    </message>
    <message>
        <source>Clock offset (server minus this computer): %1 s.</source>
        <translation>时钟偏差（服务器时间减本机时间）：%1 秒。</translation>
    </message>
    <message>
        <source>Accepted: %1, refused: %2 (RequestId %3):</source>
        <translation>已受理：%1，被拒绝：%2（RequestId %3）：</translation>
    </message>
    <message>
        <source>More: smsctl explain CODE</source>
        <translation>详细说明：smsctl explain CODE</translation>
    </message>
    <message>
        <source>Use a profile saved in SMS Console: its endpoint, region, language of messages and, from the system keychain, its keys. --endpoint, --region and --lang still override.</source>
        <translation>使用在 SMS Console 中保存的配置：采用其接入地址、地域、消息语言，以及系统钥匙串中的密钥。--endpoint、--region 和 --lang 仍可覆盖这些设置。</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot;: no profiles are saved in %2</source>
        <translation>没有名为“%1”的配置：%2 中没有保存任何配置</translation>
    </message>
    <message>
        <source>no profile named &quot;%1&quot; (saved profiles: %2)</source>
        <translation>没有名为“%1”的配置（已保存的配置：%2）</translation>
    </message>
    <message>
        <source>the profile &quot;%1&quot; is SMS Console&apos;s built-in sandbox: it has no keys in the system keychain, so smsctl cannot use it. Run sms-sandbox and point smsctl at it with --endpoint instead.</source>
        <translation>配置“%1”是 SMS Console 的内置沙箱：它在系统钥匙串中没有密钥，smsctl 无法使用。请改为运行 sms-sandbox，并用 --endpoint 让 smsctl 指向它。</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: %2</source>
        <translation>配置“%1”：%2</translation>
    </message>
    <message>
        <source>set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY in the environment, or use --profile NAME (keys are never taken as arguments)</source>
        <translation>请在环境变量中设置 TENCENTCLOUD_SECRET_ID 和 TENCENTCLOUD_SECRET_KEY，或使用 --profile NAME（密钥从不通过命令行参数传入）</translation>
    </message>
    <message>
        <source>smsctl: cannot read the keys of the profile &quot;%1&quot; from the system keychain: %2</source>
        <translation>smsctl：无法从系统钥匙串读取配置“%1”的密钥：%2</translation>
    </message>
    <message>
        <source>smsctl: warning: the SecretId or SecretKey contains spaces or line breaks; it is probably not the key you meant</source>
        <translation>smsctl：警告：SecretId 或 SecretKey 中含有空格或换行，很可能不是您想用的密钥</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds greater than 0 and at most 3600</source>
        <translation>--timeout 需要一个大于 0 且不超过 3600 的秒数</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; (use one of %2)</source>
        <translation>未知语言“%1”（可用：%2）</translation>
    </message>
    <message>
        <source>Seconds the whole call may take, retries included (default 15).</source>
        <translation>整个调用（含重试）最多可用的秒数（默认 15）。</translation>
    </message>
    <message>
        <source>Command-line client for the SMS API 2021-01-11.

Commands:
  call ACTION [JSON|-]   sign and send one action; JSON is the request body,
                         &apos;-&apos; reads it from standard input, none sends {}.
  explain CODE           what an error code means and what to do about it.
  explain --list         every error code smsctl knows.
</source>
        <translation>短信 API 2021-01-11 的命令行客户端。

命令：
  call ACTION [JSON|-]   签名并发送一个接口请求；JSON 为请求体，
                         &apos;-&apos; 从标准输入读取，省略则发送 {}。
  explain CODE           说明错误码的含义以及如何处理。
  explain --list         列出 smsctl 认识的全部错误码。
</translation>
    </message>
    <message>
        <source>
Credentials come from the system keychain with --profile NAME (a profile saved
in SMS Console), otherwise from the environment variables
TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY; they are never accepted as
arguments.

Exit codes: 0 success, 2 usage or configuration error, 3 service error
(including numbers a send refused, and changes the checks refused without
sending), 4 network, TLS, timeout or protocol error.</source>
        <translation>
使用 --profile NAME（SMS Console 中保存的配置）时，凭据取自系统钥匙串；
否则取自环境变量 TENCENTCLOUD_SECRET_ID 和 TENCENTCLOUD_SECRET_KEY；
凭据从不通过命令行参数传入。

退出码：0 成功；2 用法或配置错误；3 服务端错误（包括发送时被拒绝的号码，
以及检查未通过、未发送的修改）；4 网络、TLS、超时或协议错误。</translation>
    </message>
    <message>
        <source>--%1 goes with the sign and template commands</source>
        <translation>--%1 只能与 sign 和 template 命令一起使用</translation>
    </message>
    <message>
        <source>The command: call, explain, sign, template, campaign, receipts, send, optout, history or stats.</source>
        <translation>命令：call、explain、sign、template、campaign、receipts、send、optout、history 或 stats。</translation>
    </message>
    <message>
        <source>history reads a profile&apos;s database: give --journal DB, --profile NAME, or the TENCENTCLOUD_SECRET_ID it sends with</source>
        <translation>history 读取某个配置的数据库：请指定 --journal DB、--profile NAME，或该配置发送时使用的 TENCENTCLOUD_SECRET_ID</translation>
    </message>
    <message>
        <source>Use the team&apos;s shared store, a PostgreSQL database such as postgresql://operator@db.example.com/sms?sslmode=verify-full, instead of the profile&apos;s. Never with a password: the profile&apos;s keychain entry is used when the profile names the same store, otherwise libpq&apos;s password file (PGPASSFILE or ~/.pgpass).</source>
        <translation>改用团队的共享存储（一个 PostgreSQL 数据库，例如 postgresql://operator@db.example.com/sms?sslmode=verify-full），而不用配置自己的存储。URL 中不能带密码：配置指向同一存储时使用配置在钥匙串中保存的密码，否则使用 libpq 的密码文件（PGPASSFILE 或 ~/.pgpass）。</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: its shared store %2 cannot be used: %3</source>
        <translation>配置“%1”：其共享存储 %2 无法使用：%3</translation>
    </message>
    <message>
        <source>--store: %1</source>
        <translation>--store：%1</translation>
    </message>
    <message>
        <source>smsctl: note: the store&apos;s password cannot be read from the system keychain (%1); libpq&apos;s password file is used</source>
        <translation>smsctl：提示：无法从系统钥匙串读取存储的密码（%1），改用 libpq 的密码文件</translation>
    </message>
</context>
<context>
    <name>sms::cli::StatsCommand</name>
    <message>
        <source>history and stats: print JSON (history: one object a line).</source>
        <translation>history 和 stats：输出 JSON（history：每行一个对象）。</translation>
    </message>
    <message>
        <source>stats: the first day, yyyy-mm-dd in Beijing time (default: six days before --to).</source>
        <translation>stats：起始日期，yyyy-mm-dd，北京时间（默认：--to 之前六天）。</translation>
    </message>
    <message>
        <source>stats: the last day, yyyy-mm-dd (default: today).</source>
        <translation>stats：截止日期，yyyy-mm-dd（默认：今天）。</translation>
    </message>
    <message>
        <source>stats: from the history on this computer instead of the service.</source>
        <translation>stats：根据本机的发送记录统计，而不是取自服务。</translation>
    </message>
    <message>
        <source>  stats [--from DATE] [--to DATE] [--local] [--json] [--journal DB] [--app-id ID]
                         numbers sent, accepted and billed per day (per hour
                         for up to two days), delivery outcomes, refusals by
                         code (--local) and packages (from the service).
</source>
        <translation>  stats [--from DATE] [--to DATE] [--local] [--json] [--journal DB] [--app-id ID]
                         每天（不超过两天时按小时）的发送号码数、已受理数
                         和计费条数，送达结果，按错误码统计的拒绝（--local），
                         以及套餐包（来自服务）。
</translation>
    </message>
    <message>
        <source>usage: smsctl stats [--from DATE] [--to DATE] [--local] [--json]</source>
        <translation>用法：smsctl stats [--from DATE] [--to DATE] [--local] [--json]</translation>
    </message>
    <message>
        <source>--%1 takes a date written yyyy-mm-dd</source>
        <translation>--%1 需要 yyyy-mm-dd 格式的日期</translation>
    </message>
    <message>
        <source>--from is after --to</source>
        <translation>--from 晚于 --to</translation>
    </message>
    <message>
        <source>the range may span at most %1 days</source>
        <translation>时间范围最多只能跨 %1 天</translation>
    </message>
    <message>
        <source>smsctl: cannot read the history in %1: %2</source>
        <translation>smsctl：无法读取 %1 中的发送记录：%2</translation>
    </message>
    <message>
        <source>stats needs --app-id ID, or a profile with an SmsSdkAppId.</source>
        <translation>stats 需要 --app-id ID，或带有 SmsSdkAppId 的配置。</translation>
    </message>
</context>
<context>
    <name>sms::cli::TemplateLookup</name>
    <message>
        <source>smsctl: cannot look up template %1: %2</source>
        <translation>smsctl：无法查询模板 %1：%2</translation>
    </message>
    <message>
        <source>smsctl: there is no template %1</source>
        <translation>smsctl：没有模板 %1</translation>
    </message>
</context>
<context>
    <name>sms::credentials::SecretStore</name>
    <message>
        <source>The system keychain is not available (%1).</source>
        <translation>系统钥匙串不可用（%1）。</translation>
    </message>
    <message>
        <source>The system keychain holds no keys for the profile &quot;%1&quot;.</source>
        <translation>系统钥匙串中没有配置“%1”的密钥。</translation>
    </message>
    <message>
        <source>The system keychain refused access; it may be locked (%1).</source>
        <translation>系统钥匙串拒绝访问，可能已被锁定（%1）。</translation>
    </message>
    <message>
        <source>The system keychain reported an error (%1).</source>
        <translation>系统钥匙串报告了错误（%1）。</translation>
    </message>
    <message>
        <source>The keychain entry of the profile &quot;%1&quot; is not in the expected format. Enter the keys again.</source>
        <translation>配置“%1”在钥匙串中的条目格式不符合预期。请重新填入密钥。</translation>
    </message>
    <message>
        <source>Both a SecretId and a SecretKey are needed.</source>
        <translation>SecretId 和 SecretKey 缺一不可。</translation>
    </message>
</context>
<context>
    <name>sms::domain::PhoneNumber</name>
    <message>
        <source>No phone number was given.</source>
        <translation>未填写号码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: only digits, one leading +, spaces, dashes, dots and parentheses are allowed.</source>
        <translation>“%1”不是电话号码：只能包含数字、开头的一个 +、空格、短横线、点和括号。</translation>
    </message>
    <message>
        <source>%1 has too few digits for a phone number.</source>
        <translation>%1 位数太少，不是完整的电话号码。</translation>
    </message>
    <message>
        <source>%1 has too few digits for a number with country code +%2.</source>
        <translation>%1 位数太少，不符合国家/地区代码 +%2 的号码长度。</translation>
    </message>
    <message>
        <source>%1 has too many digits for a phone number.</source>
        <translation>%1 位数太多，不是有效的电话号码。</translation>
    </message>
    <message>
        <source>%1 has too many digits for a number with country code +%2.</source>
        <translation>%1 位数太多，超出了国家/地区代码 +%2 的号码长度。</translation>
    </message>
    <message>
        <source>%1 does not start with a known country code. Write international numbers as + followed by the country code and the number.</source>
        <translation>%1 的开头不是已知的国家/地区代码。国际号码请写成 + 后接国家/地区代码和号码。</translation>
    </message>
    <message>
        <source>%1 is not a valid phone number for country code +%2.</source>
        <translation>%1 不是国家/地区代码 +%2 下的有效号码。</translation>
    </message>
</context>
<context>
    <name>sms::errors::ErrorCatalog</name>
    <message>
        <source>Action no longer offered</source>
        <translation>接口已下线</translation>
    </message>
    <message>
        <source>The service has retired the API action this request called. The request cannot succeed in its current form.</source>
        <translation>该请求调用的 API 接口已被服务停用，按现在的写法无法成功。</translation>
    </message>
    <message>
        <source>Update SMS Console: newer versions call the current actions.</source>
        <translation>请更新 SMS Console：新版本调用的是现行接口。</translation>
    </message>
    <message>
        <source>If you called the action yourself with smsctl, look up the action that replaced it in the API reference for version 2021-01-11.</source>
        <translation>如果是您自己用 smsctl 调用的接口，请在 2021-01-11 版 API 文档中查找替代它的接口。</translation>
    </message>
    <message>
        <source>If you did not expect this, copy the details and send them to support.</source>
        <translation>如果这出乎意料，请复制详情发送给技术支持。</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>身份验证失败</translation>
    </message>
    <message>
        <source>The service could not confirm who sent the request, so it did nothing with it.</source>
        <translation>服务无法确认请求的发送者，因此没有处理该请求。</translation>
    </message>
    <message>
        <source>Open Profiles and check the SecretId and SecretKey for spaces or line breaks before or after them.</source>
        <translation>打开“配置管理”，检查 SecretId 和 SecretKey 前后是否有空格或换行。</translation>
    </message>
    <message>
        <source>Check in the cloud console&apos;s API key page that the key exists and is enabled.</source>
        <translation>在云控制台的 API 密钥页面确认该密钥存在且处于启用状态。</translation>
    </message>
    <message>
        <source>Check that this computer&apos;s date, time and time zone are right.</source>
        <translation>检查本机的日期、时间和时区是否正确。</translation>
    </message>
    <message>
        <source>Authorization header rejected</source>
        <translation>Authorization 请求头被拒绝</translation>
    </message>
    <message>
        <source>The service could not read the request&apos;s Authorization header: it does not follow the TC3-HMAC-SHA256 format. This is almost always caused by something between this computer and the service, not by a wrong key.</source>
        <translation>服务无法识别请求中的 Authorization 头：其格式不符合 TC3-HMAC-SHA256 规范。这几乎总是本机与服务之间的某个环节造成的，而不是密钥填错。</translation>
    </message>
    <message>
        <source>If a proxy or gateway sits between this computer and the service, make sure it passes the Authorization header through unchanged.</source>
        <translation>如果本机与服务之间有代理或网关，请确认它原样转发 Authorization 头。</translation>
    </message>
    <message>
        <source>Check in Profiles that the endpoint points straight at the SMS service.</source>
        <translation>在“配置管理”中确认接入地址直接指向短信服务。</translation>
    </message>
    <message>
        <source>If it continues, update SMS Console and send the copied details to support.</source>
        <translation>如果问题仍然存在，请更新 SMS Console，并把复制的详情发给技术支持。</translation>
    </message>
    <message>
        <source>Not a cloud API key</source>
        <translation>不是云 API 密钥</translation>
    </message>
    <message>
        <source>The SecretId is not of the kind the cloud API accepts. Credentials issued for other purposes, such as an application&apos;s App Key, cannot sign API requests.</source>
        <translation>该 SecretId 不是云 API 接受的密钥类型。为其他用途签发的凭据（例如应用的 App Key）不能用于给 API 请求签名。</translation>
    </message>
    <message>
        <source>Open the API key page of the cloud console and copy a key listed there; its SecretId usually starts with AKID.</source>
        <translation>打开云控制台的 API 密钥页面，复制其中列出的密钥；SecretId 通常以 AKID 开头。</translation>
    </message>
    <message>
        <source>Do not use the SMS application&apos;s App Key: it is a different credential.</source>
        <translation>不要使用短信应用的 App Key：那是另一种凭据。</translation>
    </message>
    <message>
        <source>Enter the SecretId and SecretKey in Profiles and try again.</source>
        <translation>在“配置管理”中填入 SecretId 和 SecretKey 后重试。</translation>
    </message>
    <message>
        <source>Multi-factor check failed</source>
        <translation>多因素验证失败</translation>
    </message>
    <message>
        <source>The account behind this key requires a multi-factor (MFA) check for this operation, and the check failed or was missing.</source>
        <translation>该密钥所属账号对此操作要求多因素（MFA）验证，而验证失败或缺失。</translation>
    </message>
    <message>
        <source>Ask the administrator of the cloud account whether MFA protection is switched on for API calls of this sub-account.</source>
        <translation>请询问云账号管理员，是否为此子账号的 API 调用开启了 MFA 保护。</translation>
    </message>
    <message>
        <source>Use the key of a sub-account that may call the SMS API without an interactive MFA check.</source>
        <translation>改用一个无需交互式 MFA 验证即可调用短信 API 的子账号密钥。</translation>
    </message>
    <message>
        <source>Enter that key in Profiles and try again.</source>
        <translation>在“配置管理”中填入该密钥后重试。</translation>
    </message>
    <message>
        <source>SecretId not found</source>
        <translation>找不到该 SecretId</translation>
    </message>
    <message>
        <source>The service knows no API key with this SecretId. Either the key was deleted or disabled, or the value in Profiles differs from the real one, often by a space or a missing character.</source>
        <translation>服务中不存在此 SecretId 对应的 API 密钥：要么密钥已被删除或停用，要么“配置管理”中填写的值与实际值不同，常见原因是多了空格或少了字符。</translation>
    </message>
    <message>
        <source>Open Profiles and check the SecretId for spaces or line breaks before or after it; paste it again if unsure.</source>
        <translation>打开“配置管理”，检查 SecretId 前后是否有空格或换行；拿不准时请重新粘贴。</translation>
    </message>
    <message>
        <source>In the cloud console&apos;s API key page, check that the key still exists and is enabled.</source>
        <translation>在云控制台的 API 密钥页面确认该密钥仍然存在并已启用。</translation>
    </message>
    <message>
        <source>If the key was deleted, create a new one and enter both its SecretId and SecretKey in Profiles.</source>
        <translation>如果密钥已被删除，请新建一个密钥，并在“配置管理”中同时填入新的 SecretId 和 SecretKey。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is off</source>
        <translation>本机时钟不准</translation>
    </message>
    <message>
        <source>Every request carries the time it was signed. The service accepts it only within 5 minutes of its own clock, and this computer&apos;s clock differs by more than that.</source>
        <translation>每个请求都带有签名时的时间。服务只接受与其时钟相差 5 分钟以内的请求，而本机时钟的偏差超过了这个范围。</translation>
    </message>
    <message>
        <source>Look at the measured offset and click &quot;Correct the clock&quot; so that SMS Console signs with the service&apos;s time.</source>
        <translation>查看测得的时间偏差，点击“校正时钟”，让 SMS Console 按服务器时间签名。</translation>
    </message>
    <message>
        <source>Turn on automatic time synchronisation (NTP) in the operating system so the clock stays right.</source>
        <translation>在操作系统中开启自动时间同步（NTP），让时钟保持准确。</translation>
    </message>
    <message>
        <source>Check the time zone as well: a wrong time zone moves the clock by whole hours.</source>
        <translation>同时检查时区：时区设错会让时钟整小时地偏移。</translation>
    </message>
    <message>
        <source>Send the request again; it is signed afresh with the corrected time.</source>
        <translation>重新发送请求；请求会按校正后的时间重新签名。</translation>
    </message>
    <message>
        <source>Request signature does not match</source>
        <translation>请求签名不匹配</translation>
    </message>
    <message>
        <source>The service computed a different signature from the one sent. Usually the SecretKey does not belong to the SecretId, or one of them carries a hidden space; rarely, a proxy changed the request on the way.</source>
        <translation>服务计算出的签名与请求中的签名不一致。通常是 SecretKey 与 SecretId 不配套，或其中一个带有看不见的空格；少数情况下是代理在途中改动了请求。</translation>
    </message>
    <message>
        <source>In Profiles, enter again the SecretKey that belongs to this SecretId, with no spaces before or after it.</source>
        <translation>在“配置管理”中重新填入与此 SecretId 配套的 SecretKey，前后不要有空格。</translation>
    </message>
    <message>
        <source>Make sure the SecretId and SecretKey come from the same key in the cloud console&apos;s API key page.</source>
        <translation>确认 SecretId 和 SecretKey 来自云控制台 API 密钥页面中的同一个密钥。</translation>
    </message>
    <message>
        <source>If the key is right, check that no proxy rewrites requests, then copy the details for support.</source>
        <translation>如果密钥无误，请检查是否有代理改写请求，然后复制详情提交给技术支持。</translation>
    </message>
    <message>
        <source>Temporary token rejected</source>
        <translation>临时令牌被拒绝</translation>
    </message>
    <message>
        <source>The request used temporary credentials, and their session token is invalid, has expired or does not belong to this SecretId.</source>
        <translation>请求使用了临时凭据，但其会话令牌（Token）无效、已过期，或不属于此 SecretId。</translation>
    </message>
    <message>
        <source>Obtain a fresh set of temporary credentials: SecretId, SecretKey and token together.</source>
        <translation>重新获取一套临时凭据：SecretId、SecretKey 和 Token 要一起获取。</translation>
    </message>
    <message>
        <source>Enter all three in Profiles; a token from an older set does not work with a new key.</source>
        <translation>在“配置管理”中同时填入这三项；旧的 Token 不能配合新的密钥使用。</translation>
    </message>
    <message>
        <source>If you do not use temporary credentials, clear the token in Profiles.</source>
        <translation>如果您没有使用临时凭据，请在“配置管理”中清空 Token。</translation>
    </message>
    <message>
        <source>Key not allowed to do this</source>
        <translation>该密钥无权执行此操作</translation>
    </message>
    <message>
        <source>The key is valid, but the account&apos;s access policies (CAM) do not allow its user to call this action.</source>
        <translation>密钥本身有效，但账号的访问策略（CAM）不允许该密钥的用户调用此接口。</translation>
    </message>
    <message>
        <source>Ask the administrator of the cloud account to grant this sub-account an SMS access policy.</source>
        <translation>请云账号管理员为此子账号授予短信服务的访问策略。</translation>
    </message>
    <message>
        <source>Or use the key of a user who already has that permission, and enter it in Profiles.</source>
        <translation>或者改用已有此权限的用户的密钥，并在“配置管理”中填入。</translation>
    </message>
    <message>
        <source>Retry once the policy is changed; it usually takes effect within a minute.</source>
        <translation>策略修改后重试；通常一分钟内生效。</translation>
    </message>
    <message>
        <source>Dry run only</source>
        <translation>仅为试运行</translation>
    </message>
    <message>
        <source>The request carried the DryRun parameter, so the service only checked it: it would have succeeded, but nothing was carried out.</source>
        <translation>请求带有 DryRun 参数，因此服务只做了校验：请求本可以成功，但实际上什么都没有执行。</translation>
    </message>
    <message>
        <source>Remove the DryRun parameter to carry out the request for real.</source>
        <translation>去掉 DryRun 参数，即可真正执行该请求。</translation>
    </message>
    <message>
        <source>If you did not add DryRun yourself, copy the details and report it: SMS Console never sets it.</source>
        <translation>如果 DryRun 不是您自己加的，请复制详情并反馈：SMS Console 从不设置该参数。</translation>
    </message>
    <message>
        <source>Operation failed</source>
        <translation>操作失败</translation>
    </message>
    <message>
        <source>The service refused the operation without naming a more specific reason. Its message usually says what went wrong.</source>
        <translation>服务拒绝了该操作，但没有给出更具体的原因。服务返回的消息通常会说明问题所在。</translation>
    </message>
    <message>
        <source>Read the server&apos;s message below for the reason.</source>
        <translation>阅读下方服务返回的消息，了解原因。</translation>
    </message>
    <message>
        <source>Check that the signature, template and numbers in the request are the ones you meant.</source>
        <translation>确认请求中的签名、模板和号码都是您想要的。</translation>
    </message>
    <message>
        <source>If the message does not help, copy the details and contact support with the RequestId.</source>
        <translation>如果消息没有帮助，请复制详情，并附上 RequestId 联系技术支持。</translation>
    </message>
    <message>
        <source>Error inside the service</source>
        <translation>服务内部错误</translation>
    </message>
    <message>
        <source>Something failed inside the SMS service. Your request was probably fine.</source>
        <translation>短信服务内部出现了故障。您的请求本身很可能没有问题。</translation>
    </message>
    <message>
        <source>Wait half a minute and try again.</source>
        <translation>等待半分钟后重试。</translation>
    </message>
    <message>
        <source>Before sending again, check the send records so that nobody gets the message twice.</source>
        <translation>重新发送前先查看发送记录，以免有人重复收到短信。</translation>
    </message>
    <message>
        <source>If it keeps failing, copy the details and contact support with the RequestId.</source>
        <translation>如果一直失败，请复制详情，并附上 RequestId 联系技术支持。</translation>
    </message>
    <message>
        <source>Unknown action</source>
        <translation>接口不存在</translation>
    </message>
    <message>
        <source>The service does not know the action named in the request, or the action does not exist in API version 2021-01-11.</source>
        <translation>服务不认识请求中的接口名称，或该接口在 2021-01-11 版 API 中不存在。</translation>
    </message>
    <message>
        <source>Check the spelling and capitals of the action name (SendSms, not sendSms).</source>
        <translation>检查接口名称的拼写和大小写（应为 SendSms，而不是 sendSms）。</translation>
    </message>
    <message>
        <source>Check in Profiles that the endpoint is the SMS service and not another product.</source>
        <translation>在“配置管理”中确认接入地址是短信服务，而不是其他产品。</translation>
    </message>
    <message>
        <source>If the request came from SMS Console itself, update it.</source>
        <translation>如果请求是 SMS Console 自己发出的，请更新 SMS Console。</translation>
    </message>
    <message>
        <source>Invalid parameter</source>
        <translation>参数错误</translation>
    </message>
    <message>
        <source>A parameter has the wrong format or type, for example a number where text is expected. The server&apos;s message names it.</source>
        <translation>某个参数的格式或类型不对，例如应为文本的地方传了数字。服务返回的消息会指出是哪个参数。</translation>
    </message>
    <message>
        <source>Read the server&apos;s message below to see which parameter is wrong.</source>
        <translation>阅读下方服务返回的消息，找出出错的参数。</translation>
    </message>
    <message>
        <source>Correct its value; for example TemplateId and SmsSdkAppId must be sent as text such as &quot;1400006666&quot;.</source>
        <translation>修正它的值；例如 TemplateId 和 SmsSdkAppId 必须以文本形式传入，如 &quot;1400006666&quot;。</translation>
    </message>
    <message>
        <source>If SMS Console built the request, copy the details and report it.</source>
        <translation>如果请求是 SMS Console 生成的，请复制详情并反馈。</translation>
    </message>
    <message>
        <source>Parameter value not accepted</source>
        <translation>参数取值不被接受</translation>
    </message>
    <message>
        <source>A parameter has the right type but a value the service does not accept, such as an ID that does not exist or a number out of range.</source>
        <translation>参数类型正确，但取值不被服务接受，例如 ID 不存在或数值超出范围。</translation>
    </message>
    <message>
        <source>Read the server&apos;s message below to see which value is refused.</source>
        <translation>阅读下方服务返回的消息，找出被拒绝的取值。</translation>
    </message>
    <message>
        <source>Compare the value with what the cloud console shows for the application, signature or template.</source>
        <translation>将该值与云控制台中显示的应用、签名或模板信息进行核对。</translation>
    </message>
    <message>
        <source>Correct it and send again.</source>
        <translation>改正后重新发送。</translation>
    </message>
    <message>
        <source>Request body malformed</source>
        <translation>请求体格式错误</translation>
    </message>
    <message>
        <source>The service could not read the body of the request: its multipart or JSON structure is broken.</source>
        <translation>服务无法读取请求体：其 multipart 或 JSON 结构已损坏。</translation>
    </message>
    <message>
        <source>If you wrote the request by hand, check its syntax.</source>
        <translation>如果请求是手工编写的，请检查语法。</translation>
    </message>
    <message>
        <source>Check that no proxy changes the body or its Content-Type.</source>
        <translation>确认没有代理改动请求体或其 Content-Type。</translation>
    </message>
    <message>
        <source>Your IP address is blocked</source>
        <translation>您的 IP 地址已被封禁</translation>
    </message>
    <message>
        <source>The public IP address this request came from is on a block list, so the service refuses every request from it.</source>
        <translation>发出该请求的公网 IP 地址在黑名单中，因此服务拒绝来自它的所有请求。</translation>
    </message>
    <message>
        <source>Find out the public IP address of this network; your network administrator can tell you.</source>
        <translation>查明本网络的公网 IP 地址；可以询问网络管理员。</translation>
    </message>
    <message>
        <source>Ask support, with the RequestId, why the address is blocked and how to lift the block.</source>
        <translation>附上 RequestId 咨询技术支持：该地址为何被封禁、如何解除。</translation>
    </message>
    <message>
        <source>Meanwhile, send from another network whose address is not blocked.</source>
        <translation>在此期间，请换用地址未被封禁的其他网络发送。</translation>
    </message>
    <message>
        <source>IP address not on the allow list</source>
        <translation>IP 地址不在白名单中</translation>
    </message>
    <message>
        <source>The account accepts API requests only from listed IP addresses, and this computer&apos;s public address is not among them.</source>
        <translation>该账号只接受来自白名单 IP 地址的 API 请求，而本机的公网地址不在其中。</translation>
    </message>
    <message>
        <source>Add it to the addresses allowed for API access in the cloud console, or ask the administrator to do it.</source>
        <translation>在云控制台把它加入允许访问 API 的地址列表，或请管理员添加。</translation>
    </message>
    <message>
        <source>Retry once the list is saved.</source>
        <translation>白名单保存后重试。</translation>
    </message>
    <message>
        <source>Limit reached</source>
        <translation>超出限额</translation>
    </message>
    <message>
        <source>A quota or limit of the account or application was reached. The server&apos;s message names it.</source>
        <translation>账号或应用的某项配额或限制已用尽。服务返回的消息会说明是哪一项。</translation>
    </message>
    <message>
        <source>Read the server&apos;s message below to see which limit was reached.</source>
        <translation>阅读下方服务返回的消息，查看触发了哪项限制。</translation>
    </message>
    <message>
        <source>Check the limits and the usage in the cloud console, and raise the limit if you are allowed to.</source>
        <translation>在云控制台查看各项限制和用量；如有权限，可以调高限额。</translation>
    </message>
    <message>
        <source>Retry after the limit resets or was raised; do not retry in a loop.</source>
        <translation>等限额重置或调高后再重试；不要循环重试。</translation>
    </message>
    <message>
        <source>Required parameter missing</source>
        <translation>缺少必填参数</translation>
    </message>
    <message>
        <source>The request lacks a parameter that the action requires.</source>
        <translation>请求缺少该接口要求的参数。</translation>
    </message>
    <message>
        <source>Read the server&apos;s message below to see which parameter is missing.</source>
        <translation>阅读下方服务返回的消息，查看缺少哪个参数。</translation>
    </message>
    <message>
        <source>Fill it in (for example the application ID in Profiles, or the template of the campaign) and send again.</source>
        <translation>补上该参数（例如在“配置管理”中填写应用 ID，或为群发任务选择模板）后重新发送。</translation>
    </message>
    <message>
        <source>Wrong service address</source>
        <translation>服务地址不对</translation>
    </message>
    <message>
        <source>The server at this address does not know the product named in the request. The endpoint probably points at another cloud service.</source>
        <translation>该地址上的服务器不认识请求中的产品，接入地址很可能指向了其他云服务。</translation>
    </message>
    <message>
        <source>Open Profiles and check the endpoint: it must be the SMS service, for example sms.tencentcloudapi.com.</source>
        <translation>打开“配置管理”检查接入地址：它必须是短信服务，例如 sms.tencentcloudapi.com。</translation>
    </message>
    <message>
        <source>Retry after correcting it.</source>
        <translation>改正后重试。</translation>
    </message>
    <message>
        <source>API version not available</source>
        <translation>API 版本不可用</translation>
    </message>
    <message>
        <source>The server at this address does not offer the API version in the request (SMS Console uses 2021-01-11).</source>
        <translation>该地址上的服务器不提供请求中的 API 版本（SMS Console 使用 2021-01-11）。</translation>
    </message>
    <message>
        <source>Check in Profiles that the endpoint is the SMS service of the right site and region.</source>
        <translation>在“配置管理”中确认接入地址是正确站点和地域的短信服务。</translation>
    </message>
    <message>
        <source>If the version has been retired, update SMS Console.</source>
        <translation>如果该版本已停用，请更新 SMS Console。</translation>
    </message>
    <message>
        <source>Too many requests per second</source>
        <translation>每秒请求次数过多</translation>
    </message>
    <message>
        <source>The action was called more often than its per-second limit allows (for example SendSms 3000 times a second, AddSmsSign once a second).</source>
        <translation>调用该接口的频率超过了每秒上限（例如 SendSms 每秒 3000 次，AddSmsSign 每秒 1 次）。</translation>
    </message>
    <message>
        <source>Wait for the countdown, then retry.</source>
        <translation>等倒计时结束后重试。</translation>
    </message>
    <message>
        <source>Send large campaigns with the campaign runner, which spaces the requests for you.</source>
        <translation>大批量发送请使用群发任务，它会自动控制请求间隔。</translation>
    </message>
    <message>
        <source>If other programs use the same key at the same time, spread their calls out or give them their own keys.</source>
        <translation>如果还有其他程序同时使用同一个密钥，请错开它们的调用，或为它们分配各自的密钥。</translation>
    </message>
    <message>
        <source>Account request rate exceeded in all regions</source>
        <translation>账号在所有地域的请求频率超限</translation>
    </message>
    <message>
        <source>All calls of this cloud account, across every region, together went over the account&apos;s request rate.</source>
        <translation>该云账号在所有地域的调用加起来，超过了账号的请求频率上限。</translation>
    </message>
    <message>
        <source>Find other programs or scripts that call the cloud API with this account and slow them down.</source>
        <translation>找出使用此账号调用云 API 的其他程序或脚本，降低它们的调用频率。</translation>
    </message>
    <message>
        <source>If you need this volume permanently, ask support to raise the account&apos;s limit.</source>
        <translation>如果长期需要这样的调用量，请联系技术支持提高账号上限。</translation>
    </message>
    <message>
        <source>Request rate from this IP address exceeded</source>
        <translation>来自此 IP 地址的请求频率超限</translation>
    </message>
    <message>
        <source>Too many requests came from this network&apos;s public IP address in a short time. All computers behind the same address count together.</source>
        <translation>短时间内来自本网络公网 IP 地址的请求过多。同一地址后面的所有电脑会合并计算。</translation>
    </message>
    <message>
        <source>Check whether other computers behind the same address call the API at the same time.</source>
        <translation>检查同一地址后面是否有其他电脑在同时调用 API。</translation>
    </message>
    <message>
        <source>Spread the calls out, or send from another network.</source>
        <translation>错开调用时间，或换用其他网络发送。</translation>
    </message>
    <message>
        <source>Account request rate exceeded</source>
        <translation>账号请求频率超限</translation>
    </message>
    <message>
        <source>All keys of this account together called the API faster than the account allows.</source>
        <translation>该账号的所有密钥加起来，调用 API 的速度超过了账号允许的上限。</translation>
    </message>
    <message>
        <source>Request too large</source>
        <translation>请求过大</translation>
    </message>
    <message>
        <source>The request body is bigger than the service accepts.</source>
        <translation>请求体超过了服务能接受的大小。</translation>
    </message>
    <message>
        <source>Send at most 200 numbers per request, with shorter parameter values.</source>
        <translation>每个请求最多发送 200 个号码，并缩短参数值。</translation>
    </message>
    <message>
        <source>Split a large campaign into smaller batches; the campaign runner does this for you.</source>
        <translation>把大型群发任务拆成较小的批次；群发任务会自动完成拆分。</translation>
    </message>
    <message>
        <source>If you uploaded an image for a signature, make it smaller.</source>
        <translation>如果是为签名上传的图片，请把图片缩小。</translation>
    </message>
    <message>
        <source>Item is busy</source>
        <translation>资源正忙</translation>
    </message>
    <message>
        <source>The item the request refers to is being used or changed by another operation right now.</source>
        <translation>请求涉及的对象此刻正被另一个操作使用或修改。</translation>
    </message>
    <message>
        <source>Make sure no other person or program is changing the same signature or template at the same time.</source>
        <translation>确认没有其他人或程序在同时修改同一个签名或模板。</translation>
    </message>
    <message>
        <source>Not enough resources</source>
        <translation>资源不足</translation>
    </message>
    <message>
        <source>The account lacks what this operation needs, for example quota left in its packages.</source>
        <translation>账号缺少此操作所需的资源，例如套餐包余量。</translation>
    </message>
    <message>
        <source>Read the server&apos;s message below to see what is missing.</source>
        <translation>阅读下方服务返回的消息，查看缺少什么。</translation>
    </message>
    <message>
        <source>Check the account&apos;s packages and balance in the cloud console.</source>
        <translation>在云控制台查看账号的套餐包和余额。</translation>
    </message>
    <message>
        <source>Retry after topping up or freeing the resource.</source>
        <translation>充值或释放资源后重试。</translation>
    </message>
    <message>
        <source>Item not found</source>
        <translation>对象不存在</translation>
    </message>
    <message>
        <source>The signature, template, application or record the request refers to does not exist in this account.</source>
        <translation>请求涉及的签名、模板、应用或记录在此账号中不存在。</translation>
    </message>
    <message>
        <source>Compare the ID in the request with the lists in SMS Console or the cloud console.</source>
        <translation>将请求中的 ID 与 SMS Console 或云控制台中的列表进行核对。</translation>
    </message>
    <message>
        <source>Make sure you use the key of the account that owns the item.</source>
        <translation>确认使用的是拥有该对象的账号的密钥。</translation>
    </message>
    <message>
        <source>Refresh the list: someone may have deleted the item.</source>
        <translation>刷新列表：该对象可能已被他人删除。</translation>
    </message>
    <message>
        <source>Item not available</source>
        <translation>对象暂不可用</translation>
    </message>
    <message>
        <source>The item exists but cannot be used right now, for example because it is disabled, under review or suspended.</source>
        <translation>该对象存在，但目前无法使用，例如已被停用、正在审核或已被暂停。</translation>
    </message>
    <message>
        <source>Check the item&apos;s status in the cloud console.</source>
        <translation>在云控制台查看该对象的状态。</translation>
    </message>
    <message>
        <source>Retry when it is available again.</source>
        <translation>等它恢复可用后再重试。</translation>
    </message>
    <message>
        <source>Answer would be too large</source>
        <translation>返回结果过大</translation>
    </message>
    <message>
        <source>The answer to this request would be larger than the service is willing to send.</source>
        <translation>此请求的返回结果会超过服务允许的大小。</translation>
    </message>
    <message>
        <source>Ask for less at once: a smaller Limit or a shorter time range.</source>
        <translation>减少单次查询的数量：调小 Limit 或缩短时间范围。</translation>
    </message>
    <message>
        <source>Page through the results with Offset.</source>
        <translation>使用 Offset 分页获取结果。</translation>
    </message>
    <message>
        <source>Service temporarily unavailable</source>
        <translation>服务暂时不可用</translation>
    </message>
    <message>
        <source>The SMS service cannot handle requests at the moment, usually because of maintenance or overload.</source>
        <translation>短信服务目前无法处理请求，通常是由于维护或负载过高。</translation>
    </message>
    <message>
        <source>Wait a minute, then retry.</source>
        <translation>等待一分钟后重试。</translation>
    </message>
    <message>
        <source>Check the provider&apos;s service status page or announcements.</source>
        <translation>查看服务商的服务状态页面或公告。</translation>
    </message>
    <message>
        <source>Operation not permitted</source>
        <translation>无权执行该操作</translation>
    </message>
    <message>
        <source>This account or key may not carry out the operation.</source>
        <translation>此账号或密钥无权执行该操作。</translation>
    </message>
    <message>
        <source>Read the server&apos;s message below to see which permission is missing.</source>
        <translation>阅读下方服务返回的消息，查看缺少哪项权限。</translation>
    </message>
    <message>
        <source>Ask the administrator of the cloud account to grant the SMS permissions this key needs.</source>
        <translation>请云账号管理员授予此密钥所需的短信服务权限。</translation>
    </message>
    <message>
        <source>Or enter a key that has those permissions in Profiles.</source>
        <translation>或者在“配置管理”中填入具备这些权限的密钥。</translation>
    </message>
    <message>
        <source>Unknown parameter</source>
        <translation>未知参数</translation>
    </message>
    <message>
        <source>The request contains a parameter the action does not define, for example a misspelt name or one from another API version.</source>
        <translation>请求中含有该接口未定义的参数，例如拼错的参数名，或其他 API 版本的参数。</translation>
    </message>
    <message>
        <source>Read the server&apos;s message below to see which parameter is unknown.</source>
        <translation>阅读下方服务返回的消息，查看哪个参数无法识别。</translation>
    </message>
    <message>
        <source>Remove it or correct its spelling; names are case-sensitive.</source>
        <translation>删除该参数或修正拼写；参数名区分大小写。</translation>
    </message>
    <message>
        <source>Check that the request follows API version 2021-01-11.</source>
        <translation>确认请求遵循 2021-01-11 版 API。</translation>
    </message>
    <message>
        <source>Operation not supported</source>
        <translation>不支持该操作</translation>
    </message>
    <message>
        <source>The service does not support this operation in this situation.</source>
        <translation>在当前情况下，服务不支持此操作。</translation>
    </message>
    <message>
        <source>Read the server&apos;s message below to see what is not supported.</source>
        <translation>阅读下方服务返回的消息，查看哪些内容不受支持。</translation>
    </message>
    <message>
        <source>Check the combination of numbers, signature and template: domestic and international ones must not be mixed.</source>
        <translation>检查号码、签名和模板的组合：国内与国际的不能混用。</translation>
    </message>
    <message>
        <source>If it is unclear, contact support with the RequestId.</source>
        <translation>如果仍不清楚，请附上 RequestId 联系技术支持。</translation>
    </message>
    <message>
        <source>Request method not supported</source>
        <translation>不支持的请求方式</translation>
    </message>
    <message>
        <source>The service accepts only GET and POST requests over HTTPS, and this request arrived differently.</source>
        <translation>服务只接受通过 HTTPS 发送的 GET 和 POST 请求，而此请求的方式不符合。</translation>
    </message>
    <message>
        <source>Check in Profiles that the endpoint is right and that no proxy rewrites the requests.</source>
        <translation>在“配置管理”中确认接入地址正确，并且没有代理改写请求。</translation>
    </message>
    <message>
        <source>Region not supported</source>
        <translation>不支持该地域</translation>
    </message>
    <message>
        <source>This action is not offered in the region chosen in Profiles. International SMS in particular is served only in some regions.</source>
        <translation>在“配置管理”所选的地域中不提供此接口。国际短信尤其只在部分地域提供。</translation>
    </message>
    <message>
        <source>Open Profiles and choose a supported region, for example ap-guangzhou, or the default endpoint.</source>
        <translation>打开“配置管理”，选择受支持的地域（例如 ap-guangzhou）或使用默认接入地址。</translation>
    </message>
    <message>
        <source>For international SMS on the international site, use its endpoint.</source>
        <translation>如果在国际站发送国际短信，请使用国际站的接入地址。</translation>
    </message>
    <message>
        <source>Retry after changing the region.</source>
        <translation>更换地域后重试。</translation>
    </message>
    <message>
        <source>Message contains a blocked word</source>
        <translation>短信内容含有敏感词</translation>
    </message>
    <message>
        <source>The text of the message, including the values filled into the template, contains a word that the content filters do not allow.</source>
        <translation>短信内容（包括填入模板的变量值）含有内容审核不允许的词语。</translation>
    </message>
    <message>
        <source>Look at the parameter values of the refused rows: the blocked word is often in a filled-in value, not in the template.</source>
        <translation>检查被拒各行的参数值：敏感词往往出现在填入的变量值里，而不在模板中。</translation>
    </message>
    <message>
        <source>Rewrite or remove the word, then send the affected rows again.</source>
        <translation>改写或删除该词语，然后重新发送受影响的行。</translation>
    </message>
    <message>
        <source>If you cannot find the word, contact support with the RequestId; they can name it.</source>
        <translation>如果找不到该词，请附上 RequestId 联系技术支持，他们可以指出具体是哪个词。</translation>
    </message>
    <message>
        <source>Request could not be understood</source>
        <translation>无法解析请求</translation>
    </message>
    <message>
        <source>The service could not make sense of the request, usually because a field does not follow the API description (wrong type or structure).</source>
        <translation>服务无法理解该请求，通常是因为某个字段不符合 API 说明（类型或结构错误）。</translation>
    </message>
    <message>
        <source>Check the request against the API description: TemplateId and SmsSdkAppId are text, PhoneNumberSet is a list.</source>
        <translation>对照 API 说明检查请求：TemplateId 和 SmsSdkAppId 是文本，PhoneNumberSet 是列表。</translation>
    </message>
    <message>
        <source>Marketing templates not allowed</source>
        <translation>不允许创建营销模板</translation>
    </message>
    <message>
        <source>This account is verified as an individual and may not create marketing templates.</source>
        <translation>此账号为个人认证，不能创建营销类模板。</translation>
    </message>
    <message>
        <source>If the message is not advertising, create it as a notification or verification-code template.</source>
        <translation>如果短信内容不是广告，请将其创建为通知类或验证码类模板。</translation>
    </message>
    <message>
        <source>To send marketing SMS, change the account&apos;s real-name verification to enterprise in the cloud console.</source>
        <translation>如需发送营销短信，请在云控制台将账号的实名认证变更为企业认证。</translation>
    </message>
    <message>
        <source>SMS packages used up</source>
        <translation>套餐包余量不足</translation>
    </message>
    <message>
        <source>The account&apos;s SMS packages have no messages left to pay for this send.</source>
        <translation>账号的短信套餐包已没有余量，无法支付这次发送。</translation>
    </message>
    <message>
        <source>Check the remaining package quota on the statistics page or in the cloud console.</source>
        <translation>在统计页面或云控制台查看套餐包剩余条数。</translation>
    </message>
    <message>
        <source>Buy a new SMS package (an international one if you send abroad).</source>
        <translation>购买新的短信套餐包（发往境外需购买国际套餐包）。</translation>
    </message>
    <message>
        <source>Once the package is active, send the refused numbers again.</source>
        <translation>套餐包生效后，重新发送被拒的号码。</translation>
    </message>
    <message>
        <source>Request body is not valid JSON</source>
        <translation>请求体不是有效的 JSON</translation>
    </message>
    <message>
        <source>The service could not parse the body of the request as JSON.</source>
        <translation>服务无法将请求体解析为 JSON。</translation>
    </message>
    <message>
        <source>If you typed the JSON yourself (smsctl call), check its quotes, commas and brackets.</source>
        <translation>如果 JSON 是您自己输入的（smsctl call），请检查引号、逗号和括号。</translation>
    </message>
    <message>
        <source>Make sure the body is UTF-8 text and that no proxy changes it.</source>
        <translation>确认请求体是 UTF-8 文本，且没有被代理改动。</translation>
    </message>
    <message>
        <source>Outside the hours for marketing SMS</source>
        <translation>不在营销短信的发送时段</translation>
    </message>
    <message>
        <source>To avoid disturbing people, marketing messages may be sent only between 08:00 and 22:00 Beijing time.</source>
        <translation>为避免打扰用户，营销短信只能在北京时间 08:00 至 22:00 之间发送。</translation>
    </message>
    <message>
        <source>Schedule the campaign for 08:00 Beijing time or later; the countdown shows when sending is allowed again.</source>
        <translation>把群发任务安排在北京时间 08:00 之后；倒计时会显示何时可以再次发送。</translation>
    </message>
    <message>
        <source>If the message is a notification or a verification code, use a template of that type instead.</source>
        <translation>如果短信是通知或验证码，请改用相应类型的模板。</translation>
    </message>
    <message>
        <source>Remember that the hours are Beijing time (UTC+8), whatever this computer&apos;s time zone is.</source>
        <translation>请注意发送时段按北京时间（UTC+8）计算，与本机时区无关。</translation>
    </message>
    <message>
        <source>No signature yet</source>
        <translation>尚无签名</translation>
    </message>
    <message>
        <source>A template can be submitted only once the account has a signature, and this account has none yet.</source>
        <translation>账号至少要有一个签名才能提交模板，而此账号还没有签名。</translation>
    </message>
    <message>
        <source>Open the signatures page and apply for a signature first.</source>
        <translation>打开签名页面，先申请一个签名。</translation>
    </message>
    <message>
        <source>Wait until it is approved; review usually takes a few hours on working days.</source>
        <translation>等待签名审核通过；工作日审核通常需要几个小时。</translation>
    </message>
    <message>
        <source>Then submit the template again.</source>
        <translation>然后重新提交模板。</translation>
    </message>
    <message>
        <source>Signature not recognised</source>
        <translation>无法识别签名</translation>
    </message>
    <message>
        <source>The service could not match the signature in the request with an approved signature of this account. Usually the signature has not passed review.</source>
        <translation>服务无法将请求中的签名与此账号下已审核通过的签名对应起来。通常是该签名尚未通过审核。</translation>
    </message>
    <message>
        <source>Open the signatures page and check the signature&apos;s status; only approved signatures can be used.</source>
        <translation>打开签名页面查看该签名的状态；只有审核通过的签名才能使用。</translation>
    </message>
    <message>
        <source>Check that the signature text matches exactly, without 【】 and without extra spaces.</source>
        <translation>确认签名文字完全一致，不带【】，也没有多余的空格。</translation>
    </message>
    <message>
        <source>If it was rejected, read the reviewer&apos;s reply, correct it and apply again.</source>
        <translation>如果签名被驳回，请阅读审核意见，修改后重新申请。</translation>
    </message>
    <message>
        <source>Signature to change not found</source>
        <translation>找不到要修改的签名</translation>
    </message>
    <message>
        <source>The SignId to change or delete was never applied for, or no longer exists.</source>
        <translation>要修改或删除的 SignId 从未申请过，或已不存在。</translation>
    </message>
    <message>
        <source>Refresh the signatures page and pick the signature from the list instead of typing its ID.</source>
        <translation>刷新签名页面，从列表中选择签名，而不要手工输入 ID。</translation>
    </message>
    <message>
        <source>Make sure you use the key of the account that owns the signature.</source>
        <translation>确认使用的是拥有该签名的账号的密钥。</translation>
    </message>
    <message>
        <source>Template not recognised</source>
        <translation>无法识别模板</translation>
    </message>
    <message>
        <source>The service could not match the template in the request with an approved template of this account. Usually the template has not passed review.</source>
        <translation>服务无法将请求中的模板与此账号下已审核通过的模板对应起来。通常是该模板尚未通过审核。</translation>
    </message>
    <message>
        <source>Open the templates page and check the template&apos;s status; only approved templates can be used.</source>
        <translation>打开模板页面查看该模板的状态；只有审核通过的模板才能使用。</translation>
    </message>
    <message>
        <source>Check that the TemplateId belongs to this account.</source>
        <translation>确认该 TemplateId 属于此账号。</translation>
    </message>
    <message>
        <source>If it was rejected, read the reviewer&apos;s reply, correct the template and submit it again.</source>
        <translation>如果模板被驳回，请阅读审核意见，修改模板后重新提交。</translation>
    </message>
    <message>
        <source>Template to change not found</source>
        <translation>找不到要修改的模板</translation>
    </message>
    <message>
        <source>The TemplateId to change was never submitted, or no longer exists.</source>
        <translation>要修改的 TemplateId 从未提交过，或已不存在。</translation>
    </message>
    <message>
        <source>Refresh the templates page and pick the template from the list instead of typing its ID.</source>
        <translation>刷新模板页面，从列表中选择模板，而不要手工输入 ID。</translation>
    </message>
    <message>
        <source>Make sure you use the key of the account that owns the template.</source>
        <translation>确认使用的是拥有该模板的账号的密钥。</translation>
    </message>
    <message>
        <source>Enterprise verification required</source>
        <translation>需要企业认证</translation>
    </message>
    <message>
        <source>Signature and template actions through the API are available only to accounts verified as a company, and this account is verified as an individual.</source>
        <translation>只有通过企业认证的账号才能通过 API 管理签名和模板，而此账号为个人认证。</translation>
    </message>
    <message>
        <source>Manage signatures and templates in the cloud console&apos;s web pages instead.</source>
        <translation>请改为在云控制台的网页中管理签名和模板。</translation>
    </message>
    <message>
        <source>Or change the account&apos;s real-name verification to enterprise in the cloud console.</source>
        <translation>或者在云控制台将账号的实名认证变更为企业认证。</translation>
    </message>
    <message>
        <source>After the change is approved, wait about an hour before retrying.</source>
        <translation>变更审核通过后，约等一小时再重试。</translation>
    </message>
    <message>
        <source>Refused for another reason</source>
        <translation>因其他原因被拒绝</translation>
    </message>
    <message>
        <source>The service refused the request without naming the reason exactly. Usually a parameter does not meet its rules.</source>
        <translation>服务拒绝了请求，但没有给出确切原因。通常是某个参数不符合规则。</translation>
    </message>
    <message>
        <source>Read the server&apos;s message below for hints.</source>
        <translation>阅读下方服务返回的消息，寻找线索。</translation>
    </message>
    <message>
        <source>Check every parameter: signature text, TemplateId, number format and the number of template parameters.</source>
        <translation>逐项检查参数：签名文字、TemplateId、号码格式以及模板参数的个数。</translation>
    </message>
    <message>
        <source>If nothing looks wrong, contact support with the RequestId.</source>
        <translation>如果看不出问题，请附上 RequestId 联系技术支持。</translation>
    </message>
    <message>
        <source>Unexplained parameter problem</source>
        <translation>参数存在未说明的问题</translation>
    </message>
    <message>
        <source>The service found a problem with the parameters but could not say which.</source>
        <translation>服务发现参数有问题，但无法指出具体是哪一个。</translation>
    </message>
    <message>
        <source>Check the types and lengths of the parameters in the request.</source>
        <translation>检查请求中各参数的类型和长度。</translation>
    </message>
    <message>
        <source>Try the same send with one number and simple values to narrow the problem down.</source>
        <translation>用一个号码和简单的参数值重试同样的发送，以缩小问题范围。</translation>
    </message>
    <message>
        <source>If it persists, contact support with the RequestId.</source>
        <translation>如果问题持续，请附上 RequestId 联系技术支持。</translation>
    </message>
    <message>
        <source>Number refuses messages</source>
        <translation>号码拒收短信</translation>
    </message>
    <message>
        <source>The number is on a do-not-disturb list, usually because its owner unsubscribed or the carrier blocked it. Messages to it are refused.</source>
        <translation>该号码在免打扰名单中，通常是机主已退订或被运营商屏蔽，发往它的短信会被拒绝。</translation>
    </message>
    <message>
        <source>Remove the number from the campaign, or mark it so it is skipped next time.</source>
        <translation>把该号码从群发任务中删除，或做好标记以便下次跳过。</translation>
    </message>
    <message>
        <source>If the owner wants messages again, support can check the block with the RequestId.</source>
        <translation>如果机主希望重新接收短信，技术支持可以凭 RequestId 核查屏蔽原因。</translation>
    </message>
    <message>
        <source>Do not keep retrying: repeated sends to blocked numbers count against the account.</source>
        <translation>不要反复重试：向被屏蔽号码重复发送会对账号产生不利影响。</translation>
    </message>
    <message>
        <source>Number could not be read</source>
        <translation>无法识别号码</translation>
    </message>
    <message>
        <source>The service could not make a phone number out of the text given.</source>
        <translation>服务无法从给出的文字中识别出手机号码。</translation>
    </message>
    <message>
        <source>Write the number with its country code, for example +8613800138000.</source>
        <translation>号码要带国家码，例如 +8613800138000。</translation>
    </message>
    <message>
        <source>Remove spaces, dashes, brackets and letters.</source>
        <translation>去掉空格、短横线、括号和字母。</translation>
    </message>
    <message>
        <source>Correct or remove the refused rows, then send them again.</source>
        <translation>修正或删除被拒的行，然后重新发送。</translation>
    </message>
    <message>
        <source>Qualification not approved</source>
        <translation>资质未通过审核</translation>
    </message>
    <message>
        <source>The qualification (the verified company record) attached to the signature has not been approved.</source>
        <translation>签名所关联的资质（已认证的企业信息）尚未审核通过。</translation>
    </message>
    <message>
        <source>Check the qualification&apos;s status in the cloud console; correct it if it was rejected.</source>
        <translation>在云控制台查看该资质的状态；如被驳回，请修改。</translation>
    </message>
    <message>
        <source>Apply for the signature again once the qualification is approved.</source>
        <translation>资质审核通过后，重新申请签名。</translation>
    </message>
    <message>
        <source>Signature ID does not exist</source>
        <translation>签名 ID 不存在</translation>
    </message>
    <message>
        <source>There is no signature with this SignId in the account.</source>
        <translation>此账号下没有该 SignId 对应的签名。</translation>
    </message>
    <message>
        <source>Use the numeric SignId, not the signature text.</source>
        <translation>请使用数字形式的 SignId，而不是签名文字。</translation>
    </message>
    <message>
        <source>Too many signatures</source>
        <translation>签名数量已达上限</translation>
    </message>
    <message>
        <source>The account already holds the largest number of signatures it may have.</source>
        <translation>账号拥有的签名数量已达到允许的最大值。</translation>
    </message>
    <message>
        <source>Delete signatures you no longer use, especially rejected ones.</source>
        <translation>删除不再使用的签名，尤其是被驳回的签名。</translation>
    </message>
    <message>
        <source>Or change a rejected signature instead of adding a new one.</source>
        <translation>或者修改被驳回的签名，而不是新增签名。</translation>
    </message>
    <message>
        <source>If you need more, ask support to raise the limit.</source>
        <translation>如需更多，请联系技术支持提高上限。</translation>
    </message>
    <message>
        <source>Signature wrong or not approved</source>
        <translation>签名有误或未通过审核</translation>
    </message>
    <message>
        <source>The signature in the request is not an approved signature of this account, or its format is wrong. A signature must be sent as its text (2 to 12 Chinese characters, letters or digits), not as its ID.</source>
        <translation>请求中的签名不是此账号下已审核通过的签名，或格式不对。签名必须以文字形式传入（2 到 12 个汉字、字母或数字），而不是传入签名 ID。</translation>
    </message>
    <message>
        <source>Open the signatures page and check that the signature is approved.</source>
        <translation>打开签名页面，确认该签名已审核通过。</translation>
    </message>
    <message>
        <source>Send the signature text exactly as approved: not its numeric ID, and without 【】.</source>
        <translation>按审核通过时的文字原样传入签名：不要传数字 ID，也不要带【】。</translation>
    </message>
    <message>
        <source>Check that the signature belongs to the same account as the key in Profiles.</source>
        <translation>确认该签名与“配置管理”中的密钥属于同一账号。</translation>
    </message>
    <message>
        <source>Approved template cannot be changed</source>
        <translation>已通过审核的模板不能修改</translation>
    </message>
    <message>
        <source>Only templates under review or rejected can be edited, and this one is already approved.</source>
        <translation>只有审核中或被驳回的模板才能编辑，而这个模板已经审核通过。</translation>
    </message>
    <message>
        <source>To use other wording, create a new template with the changed text and submit it.</source>
        <translation>如需使用其他措辞，请用修改后的文字新建模板并提交审核。</translation>
    </message>
    <message>
        <source>Keep using the approved template until the new one is approved.</source>
        <translation>在新模板通过审核之前，继续使用已通过的模板。</translation>
    </message>
    <message>
        <source>Template ID does not exist</source>
        <translation>模板 ID 不存在</translation>
    </message>
    <message>
        <source>There is no template with this TemplateId in the account.</source>
        <translation>此账号下没有该 TemplateId 对应的模板。</translation>
    </message>
    <message>
        <source>Template wrong or not approved</source>
        <translation>模板有误或未通过审核</translation>
    </message>
    <message>
        <source>The template is not approved yet, or the request does not match the approved template.</source>
        <translation>模板尚未审核通过，或请求内容与已通过的模板不一致。</translation>
    </message>
    <message>
        <source>Open the templates page and check that the template is approved and in effect.</source>
        <translation>打开模板页面，确认模板已审核通过并已生效。</translation>
    </message>
    <message>
        <source>Check that the TemplateId fits the numbers: domestic templates for mainland numbers, international ones for the rest.</source>
        <translation>确认 TemplateId 与号码类型匹配：大陆号码用国内模板，其他号码用国际模板。</translation>
    </message>
    <message>
        <source>Too many templates</source>
        <translation>模板数量已达上限</translation>
    </message>
    <message>
        <source>The account already holds the largest number of templates it may have.</source>
        <translation>账号拥有的模板数量已达到允许的最大值。</translation>
    </message>
    <message>
        <source>Delete templates you no longer use, especially rejected ones.</source>
        <translation>删除不再使用的模板，尤其是被驳回的模板。</translation>
    </message>
    <message>
        <source>Or change a rejected template instead of adding a new one.</source>
        <translation>或者修改被驳回的模板，而不是新增模板。</translation>
    </message>
    <message>
        <source>Parameter count does not match the template</source>
        <translation>参数个数与模板不符</translation>
    </message>
    <message>
        <source>The number of template parameters sent differs from the number of variables ({1}, {2} ...) in the approved template.</source>
        <translation>传入的模板参数个数与已通过模板中的变量（{1}、{2} ……）个数不一致。</translation>
    </message>
    <message>
        <source>Open the template and count its variables.</source>
        <translation>打开模板，数一数其中有几个变量。</translation>
    </message>
    <message>
        <source>Give every row exactly that many parameters, in the same order; an empty column still counts.</source>
        <translation>让每一行的参数个数与变量个数完全相同，顺序也一致；空列同样计入。</translation>
    </message>
    <message>
        <source>Send the corrected rows again.</source>
        <translation>重新发送修正后的行。</translation>
    </message>
    <message>
        <source>Template not approved or missing</source>
        <translation>模板未通过审核或不存在</translation>
    </message>
    <message>
        <source>The template in the request has not been approved yet, or does not exist in this account.</source>
        <translation>请求中的模板尚未审核通过，或在此账号下不存在。</translation>
    </message>
    <message>
        <source>Open the templates page and check the template&apos;s status.</source>
        <translation>打开模板页面查看该模板的状态。</translation>
    </message>
    <message>
        <source>Wait for the approval, or choose another approved template.</source>
        <translation>等待审核通过，或改选其他已通过的模板。</translation>
    </message>
    <message>
        <source>Service could not prepare the request</source>
        <translation>服务无法准备请求数据</translation>
    </message>
    <message>
        <source>The service failed to build its internal data for this request. The fault is inside the service.</source>
        <translation>服务未能为此请求生成内部数据，故障出在服务内部。</translation>
    </message>
    <message>
        <source>If it happens again, contact support with the RequestId.</source>
        <translation>如果再次出现，请附上 RequestId 联系技术支持。</translation>
    </message>
    <message>
        <source>Service could not read the parameters</source>
        <translation>服务无法读取参数</translation>
    </message>
    <message>
        <source>The service failed to parse the parameters, usually because the JSON is broken or a value has the wrong type.</source>
        <translation>服务未能解析参数，通常是 JSON 已损坏或某个值的类型不对。</translation>
    </message>
    <message>
        <source>Check that the body is valid JSON and that every value has the type the API expects.</source>
        <translation>确认请求体是有效的 JSON，且每个值的类型都符合 API 要求。</translation>
    </message>
    <message>
        <source>If the body looks right, contact support with the RequestId.</source>
        <translation>如果请求体看起来没有问题，请附上 RequestId 联系技术支持。</translation>
    </message>
    <message>
        <source>Unclassified service error</source>
        <translation>未归类的服务错误</translation>
    </message>
    <message>
        <source>The service could not send, for a reason it does not name.</source>
        <translation>服务未能发送，且没有说明原因。</translation>
    </message>
    <message>
        <source>Send the refused numbers again after a minute.</source>
        <translation>一分钟后重新发送被拒的号码。</translation>
    </message>
    <message>
        <source>If the same numbers keep failing, contact support with the RequestId and those numbers.</source>
        <translation>如果同样的号码一直失败，请附上 RequestId 和这些号码联系技术支持。</translation>
    </message>
    <message>
        <source>Carrier&apos;s answer could not be read</source>
        <translation>无法读取运营商的应答</translation>
    </message>
    <message>
        <source>The service could not read the answer it got from the carrier, so it does not know whether the message went out.</source>
        <translation>服务无法读取运营商返回的应答，因此不知道短信是否已经发出。</translation>
    </message>
    <message>
        <source>Check the delivery receipts and send records before sending again.</source>
        <translation>重新发送前先查看状态回执和发送记录。</translation>
    </message>
    <message>
        <source>Resend only to the numbers that have no delivery receipt.</source>
        <translation>只向没有收到回执的号码补发。</translation>
    </message>
    <message>
        <source>If it happens often, contact support with the RequestId.</source>
        <translation>如果经常出现，请附上 RequestId 联系技术支持。</translation>
    </message>
    <message>
        <source>Request time out of range</source>
        <translation>请求时间异常</translation>
    </message>
    <message>
        <source>The time in the request differs from the service&apos;s clock by more than 10 minutes, or a time field of the request is implausible.</source>
        <translation>请求中的时间与服务时钟相差超过 10 分钟，或请求中的某个时间字段明显不合理。</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock and time zone; click &quot;Correct the clock&quot; when an offset is shown.</source>
        <translation>检查本机的时钟和时区；显示出时间偏差时，点击“校正时钟”。</translation>
    </message>
    <message>
        <source>Check that time fields in the request (BeginTime, EndTime) are in seconds, not milliseconds.</source>
        <translation>确认请求中的时间字段（BeginTime、EndTime）以秒为单位，而不是毫秒。</translation>
    </message>
    <message>
        <source>Internal interface missing</source>
        <translation>内部接口不存在</translation>
    </message>
    <message>
        <source>The request reached an internal interface that does not exist, usually because of a wrong action name, version or endpoint.</source>
        <translation>请求到达了一个不存在的内部接口，通常是接口名称、版本或接入地址有误。</translation>
    </message>
    <message>
        <source>Check the action name and that the request uses API version 2021-01-11.</source>
        <translation>检查接口名称，并确认请求使用的是 2021-01-11 版 API。</translation>
    </message>
    <message>
        <source>Check the endpoint in Profiles.</source>
        <translation>检查“配置管理”中的接入地址。</translation>
    </message>
    <message>
        <source>Internal timeout in the service</source>
        <translation>服务内部超时</translation>
    </message>
    <message>
        <source>An internal call of the service timed out while handling the request, usually a short network hiccup inside the service.</source>
        <translation>服务在处理请求时，一次内部调用超时了，通常是服务内部短暂的网络波动。</translation>
    </message>
    <message>
        <source>If it persists, check your own network and contact support with the RequestId.</source>
        <translation>如果问题持续，请检查您自己的网络，并附上 RequestId 联系技术支持。</translation>
    </message>
    <message>
        <source>Internal signature field missing</source>
        <translation>内部签名字段缺失</translation>
    </message>
    <message>
        <source>A request between the service&apos;s own components lacked its signature field. Your API key is not the cause.</source>
        <translation>服务内部组件之间的请求缺少签名字段，与您的 API 密钥无关。</translation>
    </message>
    <message>
        <source>Internal signature check failed</source>
        <translation>内部签名校验失败</translation>
    </message>
    <message>
        <source>A signature check between the service&apos;s own components failed. Your API key is not the cause.</source>
        <translation>服务内部组件之间的签名校验失败，与您的 API 密钥无关。</translation>
    </message>
    <message>
        <source>Carrier did not answer in time</source>
        <translation>运营商未及时应答</translation>
    </message>
    <message>
        <source>The service passed the message on to the carrier but got no answer in time. The message may or may not have gone out.</source>
        <translation>服务已把短信交给运营商，但没有及时收到应答。短信可能已发出，也可能没有。</translation>
    </message>
    <message>
        <source>Wait for delivery receipts, or look the numbers up in the send records.</source>
        <translation>等待状态回执，或在发送记录中查询这些号码。</translation>
    </message>
    <message>
        <source>Resend only to numbers that show no delivery after a few minutes.</source>
        <translation>几分钟后仍无送达记录的号码，才需要补发。</translation>
    </message>
    <message>
        <source>If many numbers are affected, contact support with the RequestId.</source>
        <translation>如果受影响的号码很多，请附上 RequestId 联系技术支持。</translation>
    </message>
    <message>
        <source>Unknown error in the service</source>
        <translation>服务未知错误</translation>
    </message>
    <message>
        <source>The service ran into an error it could not classify.</source>
        <translation>服务遇到了无法归类的错误。</translation>
    </message>
    <message>
        <source>Application belongs to another account</source>
        <translation>应用属于其他账号</translation>
    </message>
    <message>
        <source>The SMS application ID in the request does not belong to the account of the API key.</source>
        <translation>请求中的短信应用 ID 不属于该 API 密钥所在的账号。</translation>
    </message>
    <message>
        <source>Compare the SmsSdkAppId in Profiles with the application list in the cloud console.</source>
        <translation>将“配置管理”中的 SmsSdkAppId 与云控制台中的应用列表进行核对。</translation>
    </message>
    <message>
        <source>Use the key and the application of the same account.</source>
        <translation>密钥和应用要来自同一个账号。</translation>
    </message>
    <message>
        <source>Template contains a forbidden word</source>
        <translation>模板含有违禁词</translation>
    </message>
    <message>
        <source>The template text contains a word that is not allowed in SMS.</source>
        <translation>模板文字中含有短信不允许使用的词语。</translation>
    </message>
    <message>
        <source>Reword the template and leave out offensive, illegal or misleading words.</source>
        <translation>改写模板，去掉冒犯性、违法或误导性的词语。</translation>
    </message>
    <message>
        <source>Submit the template again.</source>
        <translation>重新提交模板。</translation>
    </message>
    <message>
        <source>Parameters incorrect</source>
        <translation>参数有误</translation>
    </message>
    <message>
        <source>One or more parameters of the request are incorrect.</source>
        <translation>请求中有一个或多个参数不正确。</translation>
    </message>
    <message>
        <source>Check the types and allowed values in the API description and correct the request.</source>
        <translation>对照 API 说明检查参数类型和允许的取值，并修正请求。</translation>
    </message>
    <message>
        <source>Start time not accepted</source>
        <translation>开始时间不被接受</translation>
    </message>
    <message>
        <source>The start time of the query is invalid: wrong format, in the future, or further back than the service keeps data.</source>
        <translation>查询的开始时间无效：格式错误、在未来，或早于服务保存数据的期限。</translation>
    </message>
    <message>
        <source>Choose a start time within the range the query allows, for example the last 7 days for receipts.</source>
        <translation>选择查询允许范围内的开始时间，例如查询回执时限于最近 7 天。</translation>
    </message>
    <message>
        <source>Check the format: statistics take yyyymmddhh, other queries Unix seconds.</source>
        <translation>检查格式：统计类接口使用 yyyymmddhh，其他查询使用 Unix 秒数。</translation>
    </message>
    <message>
        <source>Message too long</source>
        <translation>短信内容过长</translation>
    </message>
    <message>
        <source>The message, with its signature and the filled-in values, is longer than the service accepts.</source>
        <translation>加上签名和填入的变量值后，短信长度超过了服务可接受的范围。</translation>
    </message>
    <message>
        <source>Look at the length and segment count of each row and shorten the longest values.</source>
        <translation>查看每一行的字数和计费条数，缩短最长的变量值。</translation>
    </message>
    <message>
        <source>If every row is too long, shorten the template text.</source>
        <translation>如果每一行都过长，请缩短模板文字。</translation>
    </message>
    <message>
        <source>End time not accepted</source>
        <translation>结束时间不被接受</translation>
    </message>
    <message>
        <source>The end time of the query is invalid: wrong format, before the start time, or in the future.</source>
        <translation>查询的结束时间无效：格式错误、早于开始时间，或在未来。</translation>
    </message>
    <message>
        <source>Choose an end time after the start time and not later than now.</source>
        <translation>选择晚于开始时间且不晚于当前的结束时间。</translation>
    </message>
    <message>
        <source>Keep the range within what the query allows, for example 32 days for callback statistics.</source>
        <translation>让时间范围不超出查询允许的跨度，例如回执统计最长 32 天。</translation>
    </message>
    <message>
        <source>Proof image not accepted</source>
        <translation>证明材料图片不被接受</translation>
    </message>
    <message>
        <source>The image sent with the signature application is not in a format the service can read.</source>
        <translation>随签名申请上传的图片格式无法被服务识别。</translation>
    </message>
    <message>
        <source>Use a clear JPG or PNG scan of the document.</source>
        <translation>使用清晰的 JPG 或 PNG 证件扫描件。</translation>
    </message>
    <message>
        <source>Make the file smaller if it is very large, then upload it again.</source>
        <translation>如果文件很大，请先缩小再重新上传。</translation>
    </message>
    <message>
        <source>If you call the API yourself, send the image as plain base64 without a &quot;data:&quot; prefix.</source>
        <translation>如果您自己调用 API，请以不带 &quot;data:&quot; 前缀的纯 base64 形式传入图片。</translation>
    </message>
    <message>
        <source>Phone number format wrong</source>
        <translation>手机号码格式错误</translation>
    </message>
    <message>
        <source>The number is not a valid phone number in E.164 form: a plus sign, the country code, then the subscriber number.</source>
        <translation>该号码不是有效的 E.164 格式手机号码：应为加号、国家码，再加用户号码。</translation>
    </message>
    <message>
        <source>Remove spaces, dashes and brackets, and check the number of digits.</source>
        <translation>去掉空格、短横线和括号，并核对号码位数。</translation>
    </message>
    <message>
        <source>Document type not allowed</source>
        <translation>证件类型不被允许</translation>
    </message>
    <message>
        <source>The document type chosen for the signature application does not fit the signature type, or is no longer accepted.</source>
        <translation>签名申请所选的证件类型与签名类型不匹配，或已不再受理。</translation>
    </message>
    <message>
        <source>Choose a document type that fits the signature type, for example the business licence for a company signature.</source>
        <translation>选择与签名类型相符的证件类型，例如企业签名使用营业执照。</translation>
    </message>
    <message>
        <source>Note that app screenshots of individuals are not accepted for domestic signatures.</source>
        <translation>注意：国内签名不受理个人应用的后台截图。</translation>
    </message>
    <message>
        <source>Submit the application again.</source>
        <translation>重新提交申请。</translation>
    </message>
    <message>
        <source>Domestic or international flag wrong</source>
        <translation>国内/国际标识有误</translation>
    </message>
    <message>
        <source>The International field has a value the service does not accept, or differs from the value the item was created with.</source>
        <translation>International 字段的取值不被服务接受，或与该对象创建时的取值不同。</translation>
    </message>
    <message>
        <source>Use 0 for mainland China and 1 for international, Hong Kong, Macao and Taiwan.</source>
        <translation>中国大陆填 0；国际及港澳台填 1。</translation>
    </message>
    <message>
        <source>When changing a signature or template, keep the value it was created with.</source>
        <translation>修改签名或模板时，保持其创建时的取值不变。</translation>
    </message>
    <message>
        <source>Signature purpose not valid</source>
        <translation>签名用途无效</translation>
    </message>
    <message>
        <source>The purpose given for the signature (own use or use for others) is not a value the service accepts.</source>
        <translation>签名用途（自用或他用）的取值不被服务接受。</translation>
    </message>
    <message>
        <source>Choose either own use or use for others.</source>
        <translation>在自用和他用之间选择其一。</translation>
    </message>
    <message>
        <source>For use for others, attach the letter of authorisation as well.</source>
        <translation>如选择他用，还需附上授权委托书。</translation>
    </message>
    <message>
        <source>Message type not valid</source>
        <translation>短信类型无效</translation>
    </message>
    <message>
        <source>The SMS type of the template is not one the service accepts: 1 marketing, 2 notification, 3 verification code.</source>
        <translation>模板的短信类型不在服务接受的范围内：1 营销、2 通知、3 验证码。</translation>
    </message>
    <message>
        <source>Choose the message type that fits the content.</source>
        <translation>选择与内容相符的短信类型。</translation>
    </message>
    <message>
        <source>Time range not valid</source>
        <translation>时间范围无效</translation>
    </message>
    <message>
        <source>The start of the requested time range lies after its end.</source>
        <translation>所请求时间范围的开始时间晚于结束时间。</translation>
    </message>
    <message>
        <source>Correct the start and end times so that the start comes first.</source>
        <translation>修正开始和结束时间，使开始时间在前。</translation>
    </message>
    <message>
        <source>Check that both use the same time zone and unit.</source>
        <translation>确认两者使用相同的时区和单位。</translation>
    </message>
    <message>
        <source>Template format not valid</source>
        <translation>模板格式无效</translation>
    </message>
    <message>
        <source>The template text breaks the format rules, for example badly numbered variables or characters that are not allowed.</source>
        <translation>模板文字不符合格式规则，例如变量编号错乱或含有不允许的字符。</translation>
    </message>
    <message>
        <source>Number the variables {1}, {2}, {3} in order, with no gaps.</source>
        <translation>按顺序将变量编号为 {1}、{2}、{3}，中间不要跳号。</translation>
    </message>
    <message>
        <source>Remove unusual symbols and the 【】 brackets; the signature is added separately.</source>
        <translation>去掉特殊符号和【】括号；签名是单独添加的。</translation>
    </message>
    <message>
        <source>Usage option not valid</source>
        <translation>使用方式无效</translation>
    </message>
    <message>
        <source>The UsedMethod field of the application has a value the service does not accept.</source>
        <translation>申请中的 UsedMethod 字段取值不被服务接受。</translation>
    </message>
    <message>
        <source>Choose one of the offered usage options and submit again.</source>
        <translation>从提供的使用方式中选择一项，然后重新提交。</translation>
    </message>
    <message>
        <source>If the options look out of date, update SMS Console.</source>
        <translation>如果选项看起来已过时，请更新 SMS Console。</translation>
    </message>
    <message>
        <source>Marketing template lacks an opt-out</source>
        <translation>营销模板缺少退订方式</translation>
    </message>
    <message>
        <source>Marketing templates must tell recipients how to stop receiving them.</source>
        <translation>营销模板必须告诉收信人如何退订。</translation>
    </message>
    <message>
        <source>Add an opt-out note at the end of the template, such as &quot;reply R to unsubscribe&quot; in the message&apos;s language.</source>
        <translation>在模板末尾加上退订说明，例如“拒收请回复R”（使用短信所用的语言）。</translation>
    </message>
    <message>
        <source>No messages in the request</source>
        <translation>请求中没有短信</translation>
    </message>
    <message>
        <source>The list of numbers and templates for an international send with different content per number is empty.</source>
        <translation>“按号码发送不同内容”的国际短信请求中，号码和模板列表为空。</translation>
    </message>
    <message>
        <source>Add at least one number with its template.</source>
        <translation>至少添加一个号码及其模板。</translation>
    </message>
    <message>
        <source>If you imported a file, check that its rows were recognised.</source>
        <translation>如果是从文件导入的，请检查其中的行是否被正确识别。</translation>
    </message>
    <message>
        <source>Link inside a template parameter</source>
        <translation>模板变量中含有链接</translation>
    </message>
    <message>
        <source>Template parameters may not contain web addresses. A link must be part of the approved template text.</source>
        <translation>模板变量中不允许出现网址。链接必须写在已审核通过的模板正文中。</translation>
    </message>
    <message>
        <source>Remove the link from the parameter values of the refused rows.</source>
        <translation>从被拒各行的参数值中删除链接。</translation>
    </message>
    <message>
        <source>If you need a link, put it into the template text and have the template approved.</source>
        <translation>如果需要链接，请把它写进模板正文并提交审核。</translation>
    </message>
    <message>
        <source>Qualification not found</source>
        <translation>找不到资质</translation>
    </message>
    <message>
        <source>The qualification given for the signature does not exist in this account. Domestic signatures need one.</source>
        <translation>为签名填写的资质在此账号下不存在。国内签名必须关联资质。</translation>
    </message>
    <message>
        <source>Choose an existing qualification from the list in the cloud console.</source>
        <translation>从云控制台的资质列表中选择一个已有资质。</translation>
    </message>
    <message>
        <source>If you have none, create one and wait for its approval before applying for the signature.</source>
        <translation>如果还没有资质，请先创建并等待审核通过，再申请签名。</translation>
    </message>
    <message>
        <source>SMS application ID unknown</source>
        <translation>短信应用 ID 不存在</translation>
    </message>
    <message>
        <source>There is no SMS application with this SmsSdkAppId.</source>
        <translation>不存在此 SmsSdkAppId 对应的短信应用。</translation>
    </message>
    <message>
        <source>Open Profiles and compare the application ID with the application list in the cloud console (it looks like 1400006666).</source>
        <translation>打开“配置管理”，将应用 ID 与云控制台中的应用列表核对（形如 1400006666）。</translation>
    </message>
    <message>
        <source>Check for typing errors and extra spaces.</source>
        <translation>检查是否有输入错误或多余的空格。</translation>
    </message>
    <message>
        <source>Approved signature cannot be changed</source>
        <translation>已通过审核的签名不能修改</translation>
    </message>
    <message>
        <source>Only signatures under review or rejected can be edited, and this one is already approved.</source>
        <translation>只有审核中或被驳回的签名才能编辑，而这个签名已经审核通过。</translation>
    </message>
    <message>
        <source>Apply for a new signature if you need different text.</source>
        <translation>如需不同的签名文字，请申请新的签名。</translation>
    </message>
    <message>
        <source>Keep using the approved signature meanwhile.</source>
        <translation>在此期间继续使用已通过的签名。</translation>
    </message>
    <message>
        <source>Same signature already under review</source>
        <translation>相同签名正在审核中</translation>
    </message>
    <message>
        <source>A signature with the same text is already waiting for review.</source>
        <translation>已有一个文字相同的签名在等待审核。</translation>
    </message>
    <message>
        <source>Wait for the review of the existing application.</source>
        <translation>请等待现有申请审核完成。</translation>
    </message>
    <message>
        <source>If it needs changes, edit that application instead of submitting a new one.</source>
        <translation>如需修改，请编辑那份申请，而不要重新提交。</translation>
    </message>
    <message>
        <source>Signature text too long</source>
        <translation>签名文字过长</translation>
    </message>
    <message>
        <source>A signature may have at most 12 characters (and at least 2).</source>
        <translation>签名最多 12 个字（至少 2 个字）。</translation>
    </message>
    <message>
        <source>Shorten the signature to 2 to 12 Chinese characters, letters or digits.</source>
        <translation>将签名缩短为 2 到 12 个汉字、字母或数字。</translation>
    </message>
    <message>
        <source>Leave out the 【】 brackets; they are added when the message is sent.</source>
        <translation>不要写【】括号；发送时会自动加上。</translation>
    </message>
    <message>
        <source>Verification code format wrong</source>
        <translation>验证码格式错误</translation>
    </message>
    <message>
        <source>In a verification-code template every parameter must be digits only, at most 6 of them.</source>
        <translation>验证码模板中的每个参数都只能是数字，且不超过 6 位。</translation>
    </message>
    <message>
        <source>Make the codes 6 digits or fewer, with no letters, spaces or symbols.</source>
        <translation>验证码不超过 6 位，不含字母、空格或符号。</translation>
    </message>
    <message>
        <source>If the parameter is not a code, use a notification template instead.</source>
        <translation>如果该参数不是验证码，请改用通知类模板。</translation>
    </message>
    <message>
        <source>Template parameter too long</source>
        <translation>模板变量过长</translation>
    </message>
    <message>
        <source>A parameter value is longer than the account allows. New and long-unused accounts allow 6 characters per variable; the cloud console shows your limit.</source>
        <translation>某个参数值超过了账号允许的长度。新开通和长期未使用的账号默认每个变量最多 6 个字符；实际上限以云控制台显示为准。</translation>
    </message>
    <message>
        <source>Look up your per-variable limit in the cloud console.</source>
        <translation>在云控制台查看您账号的单个变量长度上限。</translation>
    </message>
    <message>
        <source>Shorten the values of the refused rows, or spread a long value over two variables in a new template.</source>
        <translation>缩短被拒各行的参数值，或新建模板，把较长的内容拆到两个变量中。</translation>
    </message>
    <message>
        <source>Variable not allowed in this template</source>
        <translation>此模板不允许使用该变量</translation>
    </message>
    <message>
        <source>This type of template may not contain variables in this way; for domestic notification and marketing templates, variables are restricted.</source>
        <translation>这类模板不能这样使用变量；国内通知类和营销类模板对变量有限制。</translation>
    </message>
    <message>
        <source>Write the varying part as fixed text, or choose a template type that allows variables.</source>
        <translation>把变化的部分写成固定文字，或改选允许使用变量的模板类型。</translation>
    </message>
    <message>
        <source>Daily limit for this country or region reached</source>
        <translation>该国家或地区的日发送量已达上限</translation>
    </message>
    <message>
        <source>The application has sent as many messages to this country or region today as its configured limit allows.</source>
        <translation>应用今天发往该国家或地区的短信已达到设定的上限。</translation>
    </message>
    <message>
        <source>Wait until the counter resets at 00:00 Beijing time.</source>
        <translation>等待计数在北京时间 00:00 重置。</translation>
    </message>
    <message>
        <source>Or raise the per-country limit in the application&apos;s international SMS settings in the cloud console.</source>
        <translation>或者在云控制台应用的国际短信设置中调高该国家/地区的上限。</translation>
    </message>
    <message>
        <source>Then send the refused numbers again.</source>
        <translation>然后重新发送被拒的号码。</translation>
    </message>
    <message>
        <source>Sending to this country or region is blocked</source>
        <translation>禁止向该国家或地区发送</translation>
    </message>
    <message>
        <source>The application&apos;s international SMS settings do not allow this country or region.</source>
        <translation>应用的国际短信设置不允许向该国家或地区发送。</translation>
    </message>
    <message>
        <source>Check the destination: a missing or wrong country code changes the country.</source>
        <translation>检查目标号码：缺少或写错国家码会改变所属国家。</translation>
    </message>
    <message>
        <source>If you do want to send there, allow the country or region in the application&apos;s international SMS settings in the cloud console.</source>
        <translation>如果确实要发往该地，请在云控制台应用的国际短信设置中放开该国家或地区。</translation>
    </message>
    <message>
        <source>Application&apos;s daily limit reached</source>
        <translation>应用日发送量已达上限</translation>
    </message>
    <message>
        <source>The application has sent as many messages today as its frequency-limit policy allows.</source>
        <translation>应用今天的发送量已达到频率限制策略允许的上限。</translation>
    </message>
    <message>
        <source>Or raise the daily limit in the cloud console&apos;s frequency-limit settings.</source>
        <translation>或者在云控制台的频率限制设置中调高日上限。</translation>
    </message>
    <message>
        <source>Daily international limit reached</source>
        <translation>国际短信日发送量已达上限</translation>
    </message>
    <message>
        <source>The application has reached its daily total for international, Hong Kong, Macao and Taiwan messages.</source>
        <translation>应用今天发往国际及港澳台的短信总量已达上限。</translation>
    </message>
    <message>
        <source>Or raise the total in the application&apos;s basic settings in the cloud console.</source>
        <translation>或者在云控制台应用的基础配置中调高总量上限。</translation>
    </message>
    <message>
        <source>Daily mainland China limit reached</source>
        <translation>中国大陆日发送量已达上限</translation>
    </message>
    <message>
        <source>The application has reached its daily total for messages to mainland China numbers.</source>
        <translation>应用今天发往中国大陆号码的短信总量已达上限。</translation>
    </message>
    <message>
        <source>Daily international limit of the account reached</source>
        <translation>账号国际短信日发送量已达上限</translation>
    </message>
    <message>
        <source>The account has sent as many international, Hong Kong, Macao and Taiwan messages today as the provider allows.</source>
        <translation>账号今天发往国际及港澳台的短信已达到服务商允许的上限。</translation>
    </message>
    <message>
        <source>If you regularly need more, ask support to change the limit.</source>
        <translation>如果经常需要更多发送量，请联系技术支持调整上限。</translation>
    </message>
    <message>
        <source>Frequency limit reached</source>
        <translation>触发频率限制</translation>
    </message>
    <message>
        <source>Sending to this number hit one of the application&apos;s frequency-limit rules (per 30 seconds, per hour or per day).</source>
        <translation>向该号码发送时触发了应用的某条频率限制规则（每 30 秒、每小时或每天）。</translation>
    </message>
    <message>
        <source>Do not resend at once: hourly windows clear within an hour, daily ones at 00:00 Beijing time.</source>
        <translation>不要立即重发：小时窗口会在一小时内解除，日上限在北京时间 00:00 重置。</translation>
    </message>
    <message>
        <source>Check the list for duplicate numbers and for campaigns that overlap.</source>
        <translation>检查号码列表中是否有重复号码，以及是否有相互重叠的群发任务。</translation>
    </message>
    <message>
        <source>If the rules are too strict for your use, change them in the cloud console&apos;s frequency-limit settings.</source>
        <translation>如果规则对您的业务过严，请在云控制台的频率限制设置中调整。</translation>
    </message>
    <message>
        <source>International sending rate exceeded</source>
        <translation>国际短信发送速率超限</translation>
    </message>
    <message>
        <source>International messages were submitted faster than the service allows for the account.</source>
        <translation>国际短信的提交速度超过了服务对该账号允许的速率。</translation>
    </message>
    <message>
        <source>Wait for the countdown, then send the refused numbers again.</source>
        <translation>等倒计时结束后，重新发送被拒的号码。</translation>
    </message>
    <message>
        <source>Lower the campaign&apos;s send rate so that requests are spread out.</source>
        <translation>降低群发任务的发送速率，让请求分散开。</translation>
    </message>
    <message>
        <source>More than 200 numbers in one request</source>
        <translation>单次请求号码超过 200 个</translation>
    </message>
    <message>
        <source>One request may carry at most 200 numbers.</source>
        <translation>每个请求最多只能包含 200 个号码。</translation>
    </message>
    <message>
        <source>Split the list into batches of 200 numbers or fewer; campaigns in SMS Console do this for you.</source>
        <translation>把号码列表拆成每批不超过 200 个；SMS Console 的群发任务会自动拆分。</translation>
    </message>
    <message>
        <source>Send the batches one after another.</source>
        <translation>依次发送各批。</translation>
    </message>
    <message>
        <source>Number reached its daily limit</source>
        <translation>该号码已达日发送上限</translation>
    </message>
    <message>
        <source>This number has already received as many messages today as the frequency-limit policy allows.</source>
        <translation>该号码今天收到的短信条数已达到频率限制策略允许的上限。</translation>
    </message>
    <message>
        <source>Do not resend today; the counter resets at 00:00 Beijing time.</source>
        <translation>今天不要再发；计数在北京时间 00:00 重置。</translation>
    </message>
    <message>
        <source>Check whether the same person receives messages from several campaigns.</source>
        <translation>检查同一个人是否在多个群发任务中都会收到短信。</translation>
    </message>
    <message>
        <source>If the limit is too strict for your use, change it in the cloud console&apos;s frequency-limit settings.</source>
        <translation>如果该上限对您的业务过严，请在云控制台的频率限制设置中调整。</translation>
    </message>
    <message>
        <source>Number reached its hourly limit</source>
        <translation>该号码已达每小时上限</translation>
    </message>
    <message>
        <source>This number has received as many messages within the last hour as the frequency-limit policy allows.</source>
        <translation>该号码在过去一小时内收到的短信条数已达到频率限制策略允许的上限。</translation>
    </message>
    <message>
        <source>Wait up to an hour before sending to this number again.</source>
        <translation>最多等待一小时，再向该号码发送。</translation>
    </message>
    <message>
        <source>Avoid sending several messages to the same person within a short time.</source>
        <translation>避免在短时间内给同一个人发送多条短信。</translation>
    </message>
    <message>
        <source>Same message sent too often today</source>
        <translation>今天重复发送相同内容过多</translation>
    </message>
    <message>
        <source>This number has already received the same text as many times today as the policy allows.</source>
        <translation>该号码今天收到相同内容的次数已达到策略允许的上限。</translation>
    </message>
    <message>
        <source>Do not send the identical text again today; the counter resets at 00:00 Beijing time.</source>
        <translation>今天不要再发送完全相同的文字；计数在北京时间 00:00 重置。</translation>
    </message>
    <message>
        <source>Check for duplicate rows, or a campaign that was started twice.</source>
        <translation>检查是否有重复的行，或同一群发任务被启动了两次。</translation>
    </message>
    <message>
        <source>If the repeat is intended, change the limit in the cloud console&apos;s frequency-limit settings.</source>
        <translation>如果确需重复发送，请在云控制台的频率限制设置中调整上限。</translation>
    </message>
    <message>
        <source>Number already got a message within 30 seconds</source>
        <translation>该号码 30 秒内已收到过短信</translation>
    </message>
    <message>
        <source>This number received a message less than 30 seconds ago, and the policy allows only one in that time.</source>
        <translation>该号码在不到 30 秒前刚收到过短信，而策略规定 30 秒内只能发一条。</translation>
    </message>
    <message>
        <source>Wait 30 seconds before sending to this number again.</source>
        <translation>等待 30 秒后再向该号码发送。</translation>
    </message>
    <message>
        <source>Check the list for duplicates of this number.</source>
        <translation>检查列表中是否有该号码的重复项。</translation>
    </message>
    <message>
        <source>For verification codes, stop users from asking for a new code too quickly.</source>
        <translation>对于验证码，请限制用户过快地重复索取新验证码。</translation>
    </message>
    <message>
        <source>No phone numbers given</source>
        <translation>未提供手机号码</translation>
    </message>
    <message>
        <source>The list of numbers in the request is empty.</source>
        <translation>请求中的号码列表为空。</translation>
    </message>
    <message>
        <source>Add at least one phone number.</source>
        <translation>至少添加一个手机号码。</translation>
    </message>
    <message>
        <source>If you imported a file, check that the number column was recognised.</source>
        <translation>如果是从文件导入的，请检查号码列是否被正确识别。</translation>
    </message>
    <message>
        <source>Signature or template not in this account</source>
        <translation>此账号下没有该签名或模板</translation>
    </message>
    <message>
        <source>The account has no signature or template matching the request.</source>
        <translation>账号下没有与请求匹配的签名或模板。</translation>
    </message>
    <message>
        <source>Check the signature text and the TemplateId on the signatures and templates pages.</source>
        <translation>在签名页面和模板页面核对签名文字和 TemplateId。</translation>
    </message>
    <message>
        <source>Make sure the key in Profiles belongs to the account that owns them.</source>
        <translation>确认“配置管理”中的密钥属于拥有它们的账号。</translation>
    </message>
    <message>
        <source>Individuals cannot send marketing SMS</source>
        <translation>个人用户不能发送营销短信</translation>
    </message>
    <message>
        <source>Accounts verified as an individual may not send marketing messages.</source>
        <translation>个人认证的账号不能发送营销短信。</translation>
    </message>
    <message>
        <source>If the message is not advertising, send it with a notification or verification-code template.</source>
        <translation>如果短信内容不是广告，请使用通知类或验证码类模板发送。</translation>
    </message>
    <message>
        <source>IP address not allowed for this application</source>
        <translation>该 IP 地址不在应用的白名单中</translation>
    </message>
    <message>
        <source>The SMS application accepts requests only from listed IP addresses, and this network&apos;s public address is not one of them.</source>
        <translation>该短信应用只接受来自白名单 IP 地址的请求，而本网络的公网地址不在其中。</translation>
    </message>
    <message>
        <source>Add it to the application&apos;s allowed IP addresses in the cloud console, or switch the check off.</source>
        <translation>在云控制台把它加入应用的 IP 白名单，或关闭来源 IP 校验。</translation>
    </message>
    <message>
        <source>Request not permitted</source>
        <translation>请求未获许可</translation>
    </message>
    <message>
        <source>The account may not make this request, for example because the feature must first be enabled by the provider.</source>
        <translation>账号无权发起此请求，例如该功能需要先由服务商开通。</translation>
    </message>
    <message>
        <source>Check whether the action needs enabling first (pulling receipts and replies does).</source>
        <translation>确认该接口是否需要先开通（拉取回执和回复就需要）。</translation>
    </message>
    <message>
        <source>Contact support with the RequestId to have the permission granted.</source>
        <translation>请附上 RequestId 联系技术支持开通权限。</translation>
    </message>
    <message>
        <source>SMS application disabled</source>
        <translation>短信应用已被停用</translation>
    </message>
    <message>
        <source>The SMS application has been disabled and does not send messages.</source>
        <translation>该短信应用已被停用，不能发送短信。</translation>
    </message>
    <message>
        <source>Check the application&apos;s status in the cloud console.</source>
        <translation>在云控制台查看该应用的状态。</translation>
    </message>
    <message>
        <source>Contact support with the RequestId to learn why, and to have it enabled again.</source>
        <translation>请附上 RequestId 联系技术支持，了解停用原因并申请恢复。</translation>
    </message>
    <message>
        <source>Meanwhile, choose another active application in Profiles if you have one.</source>
        <translation>在此期间，如有其他可用的应用，可在“配置管理”中改用。</translation>
    </message>
    <message>
        <source>Service suspended: account in arrears</source>
        <translation>账号欠费，服务已暂停</translation>
    </message>
    <message>
        <source>The account has unpaid charges, so the service was suspended.</source>
        <translation>账号存在未结清的费用，服务已被暂停。</translation>
    </message>
    <message>
        <source>Top up the account in the billing pages of the cloud console to clear the arrears.</source>
        <translation>在云控制台的费用中心充值，结清欠款。</translation>
    </message>
    <message>
        <source>Wait a few minutes for the service to resume, then retry.</source>
        <translation>等待几分钟让服务恢复，然后重试。</translation>
    </message>
    <message>
        <source>Application does not match the key</source>
        <translation>应用与密钥不匹配</translation>
    </message>
    <message>
        <source>The SmsSdkAppId does not belong to the account that owns the API key.</source>
        <translation>该 SmsSdkAppId 不属于拥有此 API 密钥的账号。</translation>
    </message>
    <message>
        <source>If the application belongs to another account, use that account&apos;s key, or an application of this key&apos;s account.</source>
        <translation>如果该应用属于其他账号，请使用那个账号的密钥，或改用本密钥所在账号的应用。</translation>
    </message>
    <message>
        <source>Request not supported</source>
        <translation>不支持该请求</translation>
    </message>
    <message>
        <source>The service does not support this request. (The service sends this code with a trailing dot.)</source>
        <translation>服务不支持此请求。（服务返回的这个错误码末尾带有一个点。）</translation>
    </message>
    <message>
        <source>Domestic template used for an international number</source>
        <translation>国内模板用于国际号码</translation>
    </message>
    <message>
        <source>Templates for mainland China cannot be sent to international, Hong Kong, Macao or Taiwan numbers.</source>
        <translation>中国大陆的模板不能发往国际及港澳台号码。</translation>
    </message>
    <message>
        <source>Use an approved international template for these numbers.</source>
        <translation>请为这些号码使用已审核通过的国际模板。</translation>
    </message>
    <message>
        <source>Check the numbers: a wrong country code can make a mainland number look international.</source>
        <translation>检查号码：国家码写错可能让大陆号码看起来像国际号码。</translation>
    </message>
    <message>
        <source>Send mainland and international numbers as separate campaigns.</source>
        <translation>把大陆号码和国际号码分成不同的群发任务发送。</translation>
    </message>
    <message>
        <source>Mainland and international numbers mixed</source>
        <translation>大陆号码与国际号码混在一起</translation>
    </message>
    <message>
        <source>One request may contain only mainland China numbers or only international numbers, not both.</source>
        <translation>一个请求只能全部是中国大陆号码，或全部是国际号码，不能混合。</translation>
    </message>
    <message>
        <source>Split the list into mainland and international numbers.</source>
        <translation>把号码列表拆分为大陆号码和国际号码两部分。</translation>
    </message>
    <message>
        <source>Send each part with a matching signature and template.</source>
        <translation>每部分使用与之匹配的签名和模板发送。</translation>
    </message>
    <message>
        <source>Check the country codes of numbers you did not expect to be international.</source>
        <translation>检查那些意外被识别为国际号码的国家码。</translation>
    </message>
    <message>
        <source>Mainland number in an international send</source>
        <translation>国际发送中含有大陆号码</translation>
    </message>
    <message>
        <source>This kind of send is only for international, Hong Kong, Macao and Taiwan numbers, and the list contains mainland China numbers.</source>
        <translation>这种发送方式只适用于国际及港澳台号码，而列表中含有中国大陆号码。</translation>
    </message>
    <message>
        <source>Remove the mainland numbers from this send.</source>
        <translation>从这次发送中移除大陆号码。</translation>
    </message>
    <message>
        <source>Send them separately with a domestic signature and template.</source>
        <translation>使用国内签名和模板单独发送这些号码。</translation>
    </message>
    <message>
        <source>International template used for a mainland number</source>
        <translation>国际模板用于大陆号码</translation>
    </message>
    <message>
        <source>International templates cannot be sent to mainland China numbers.</source>
        <translation>国际模板不能发往中国大陆号码。</translation>
    </message>
    <message>
        <source>Use an approved domestic template and signature for mainland numbers.</source>
        <translation>大陆号码请使用已审核通过的国内模板和签名。</translation>
    </message>
    <message>
        <source>Destination not served</source>
        <translation>不支持发往该地区</translation>
    </message>
    <message>
        <source>The service does not deliver SMS to this country or region.</source>
        <translation>服务不向该国家或地区投递短信。</translation>
    </message>
    <message>
        <source>Check the number&apos;s country code.</source>
        <translation>检查号码的国家码。</translation>
    </message>
    <message>
        <source>Remove numbers in regions that are not served from the campaign.</source>
        <translation>从群发任务中删除不受支持地区的号码。</translation>
    </message>
    <message>
        <source>Problem on this computer&apos;s side</source>
        <translation>本机这一侧出现问题</translation>
    </message>
    <message>
        <source>SMS Console could not complete the request because of a problem it detected itself, before or while talking to the service.</source>
        <translation>SMS Console 在与服务通信之前或通信过程中自行发现了问题，因此无法完成请求。</translation>
    </message>
    <message>
        <source>Read the message below for the details.</source>
        <translation>阅读下方消息了解详情。</translation>
    </message>
    <message>
        <source>Check the network connection and the endpoint in Profiles.</source>
        <translation>检查网络连接以及“配置管理”中的接入地址。</translation>
    </message>
    <message>
        <source>If it continues, copy the details and report it.</source>
        <translation>如果问题仍然存在，请复制详情并反馈。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The request was cancelled before an answer arrived. If it had already left, the service may still have carried it out.</source>
        <translation>请求在收到应答前被取消。如果请求已经发出，服务可能仍然执行了它。</translation>
    </message>
    <message>
        <source>Run it again when you are ready.</source>
        <translation>准备好后再运行一次。</translation>
    </message>
    <message>
        <source>Before repeating a send, check the send records: it may have gone out.</source>
        <translation>重复发送前先查看发送记录：短信可能已经发出。</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <source>The server, or a firewall on the way, refused the connection. Nothing was sent.</source>
        <translation>服务器或途中的防火墙拒绝了连接，什么都没有发出。</translation>
    </message>
    <message>
        <source>Check the host and port of the endpoint in Profiles.</source>
        <translation>检查“配置管理”中接入地址的主机和端口。</translation>
    </message>
    <message>
        <source>If you use the built-in sandbox, make sure it is running.</source>
        <translation>如果使用内置沙箱，请确认它正在运行。</translation>
    </message>
    <message>
        <source>Check firewall and proxy settings, then retry.</source>
        <translation>检查防火墙和代理设置，然后重试。</translation>
    </message>
    <message>
        <source>Connection dropped</source>
        <translation>连接中断</translation>
    </message>
    <message>
        <source>The connection was closed in the middle of the request. The service may or may not have received and carried it out.</source>
        <translation>连接在请求进行中被关闭。服务可能已经收到并执行了请求，也可能没有。</translation>
    </message>
    <message>
        <source>Check the network connection.</source>
        <translation>检查网络连接。</translation>
    </message>
    <message>
        <source>Retry once the connection is stable.</source>
        <translation>等连接稳定后重试。</translation>
    </message>
    <message>
        <source>Server name not found</source>
        <translation>找不到服务器域名</translation>
    </message>
    <message>
        <source>This computer could not look up the endpoint&apos;s host name: the name is misspelt, or there is no working DNS or internet connection. Nothing was sent.</source>
        <translation>本机无法解析接入地址的主机名：要么主机名拼错，要么 DNS 或网络不可用。什么都没有发出。</translation>
    </message>
    <message>
        <source>Check the host name of the endpoint in Profiles.</source>
        <translation>检查“配置管理”中接入地址的主机名。</translation>
    </message>
    <message>
        <source>Check the internet connection, for example by opening a web page.</source>
        <translation>检查网络连接，例如打开一个网页试试。</translation>
    </message>
    <message>
        <source>If you use a proxy or VPN, check that it is connected.</source>
        <translation>如果使用代理或 VPN，请确认它已连接。</translation>
    </message>
    <message>
        <source>Unexpected HTTP answer</source>
        <translation>意外的 HTTP 应答</translation>
    </message>
    <message>
        <source>The server answered with an HTTP error status instead of an API response. A 5xx status means the server had trouble; a 4xx status usually points to a wrong endpoint or a proxy.</source>
        <translation>服务器返回了 HTTP 错误状态，而不是 API 响应。5xx 表示服务器出了问题；4xx 通常说明接入地址不对或中间有代理。</translation>
    </message>
    <message>
        <source>Look at the status in the message below.</source>
        <translation>查看下方消息中的状态码。</translation>
    </message>
    <message>
        <source>For 4xx, check the endpoint in Profiles and any proxy between this computer and the service.</source>
        <translation>如果是 4xx，请检查“配置管理”中的接入地址，以及本机与服务之间的代理。</translation>
    </message>
    <message>
        <source>For 5xx, wait for the countdown and retry; check the send records first if it was a send.</source>
        <translation>如果是 5xx，请等倒计时结束后重试；如果是发送请求，先查看发送记录。</translation>
    </message>
    <message>
        <source>Endpoint is not encrypted</source>
        <translation>接入地址未加密</translation>
    </message>
    <message>
        <source>The endpoint in Profiles uses plain HTTP. SMS Console does not send keys and messages unencrypted, so nothing was sent.</source>
        <translation>“配置管理”中的接入地址使用的是明文 HTTP。SMS Console 不会以未加密的方式发送密钥和短信，因此什么都没有发出。</translation>
    </message>
    <message>
        <source>Open Profiles and change the endpoint to an https:// address.</source>
        <translation>打开“配置管理”，把接入地址改为 https:// 开头的地址。</translation>
    </message>
    <message>
        <source>Only the built-in sandbox on this computer may use plain HTTP.</source>
        <translation>只有本机上的内置沙箱可以使用明文 HTTP。</translation>
    </message>
    <message>
        <source>Endpoint address not valid</source>
        <translation>接入地址无效</translation>
    </message>
    <message>
        <source>The endpoint in Profiles is not a usable web address, so nothing was sent.</source>
        <translation>“配置管理”中的接入地址不是可用的网址，因此什么都没有发出。</translation>
    </message>
    <message>
        <source>Open Profiles and enter an address such as https://sms.tencentcloudapi.com.</source>
        <translation>打开“配置管理”，填入类似 https://sms.tencentcloudapi.com 的地址。</translation>
    </message>
    <message>
        <source>Remove spaces, and anything after the host name.</source>
        <translation>去掉空格以及主机名后面的所有内容。</translation>
    </message>
    <message>
        <source>System keychain not available</source>
        <translation>系统钥匙串不可用</translation>
    </message>
    <message>
        <source>SMS Console keeps keys only in the system keychain, and it could not reach it: it is locked, not installed, or its service is not running.</source>
        <translation>SMS Console 只把密钥保存在系统钥匙串中，但无法访问它：钥匙串已锁定、未安装，或其服务没有运行。</translation>
    </message>
    <message>
        <source>Unlock the system keychain (on Linux, GNOME Keyring or KWallet) and try again.</source>
        <translation>解锁系统钥匙串（在 Linux 上是 GNOME 密钥环或 KWallet），然后重试。</translation>
    </message>
    <message>
        <source>On Linux, make sure a Secret Service provider is installed and running.</source>
        <translation>在 Linux 上，确认已安装并运行 Secret Service 服务。</translation>
    </message>
    <message>
        <source>Once it works, enter the keys in Profiles again.</source>
        <translation>恢复正常后，在“配置管理”中重新填入密钥。</translation>
    </message>
    <message>
        <source>Answer could not be read</source>
        <translation>无法读取应答</translation>
    </message>
    <message>
        <source>The server answered, but not with a valid API response; for example a proxy or a login page of the network sent an HTML page.</source>
        <translation>服务器有应答，但不是有效的 API 响应；例如代理或网络登录页返回了一个 HTML 页面。</translation>
    </message>
    <message>
        <source>Check that the endpoint in Profiles is the SMS API.</source>
        <translation>确认“配置管理”中的接入地址是短信 API。</translation>
    </message>
    <message>
        <source>Check whether the network needs a login in a web browser first (hotel, company or public Wi-Fi).</source>
        <translation>检查网络是否需要先在浏览器中登录（酒店、公司或公共 Wi-Fi）。</translation>
    </message>
    <message>
        <source>No API key entered</source>
        <translation>未填写 API 密钥</translation>
    </message>
    <message>
        <source>There is no SecretId or SecretKey for this profile, so the request could not be signed and nothing was sent.</source>
        <translation>此配置中没有 SecretId 或 SecretKey，请求无法签名，什么都没有发出。</translation>
    </message>
    <message>
        <source>Open Profiles and enter the SecretId and SecretKey from the cloud console&apos;s API key page.</source>
        <translation>打开“配置管理”，填入云控制台 API 密钥页面中的 SecretId 和 SecretKey。</translation>
    </message>
    <message>
        <source>Or switch to the built-in sandbox, which needs no account.</source>
        <translation>或者切换到内置沙箱，它不需要账号。</translation>
    </message>
    <message>
        <source>For smsctl, set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY in the environment.</source>
        <translation>使用 smsctl 时，请在环境变量中设置 TENCENTCLOUD_SECRET_ID 和 TENCENTCLOUD_SECRET_KEY。</translation>
    </message>
    <message>
        <source>Number returned without a status</source>
        <translation>号码缺少状态</translation>
    </message>
    <message>
        <source>The service listed this number without a status code, so it is unknown whether its message went out.</source>
        <translation>服务返回的该号码没有状态码，因此无法确定其短信是否已发出。</translation>
    </message>
    <message>
        <source>Check the send records and delivery receipts for these numbers.</source>
        <translation>查看这些号码的发送记录和状态回执。</translation>
    </message>
    <message>
        <source>If it happens again, copy the details and report it with the RequestId.</source>
        <translation>如果再次出现，请复制详情，并附上 RequestId 反馈。</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>网络错误</translation>
    </message>
    <message>
        <source>The request failed because of a network problem between this computer and the service.</source>
        <translation>由于本机与服务之间的网络问题，请求失败。</translation>
    </message>
    <message>
        <source>Check the network connection, and the proxy or VPN if you use one.</source>
        <translation>检查网络连接；如果使用代理或 VPN，也一并检查。</translation>
    </message>
    <message>
        <source>Some numbers were refused</source>
        <translation>部分号码被拒</translation>
    </message>
    <message>
        <source>The send was accepted, but the service refused some of the numbers, each for its own reason. The other numbers were sent.</source>
        <translation>发送请求已被受理，但服务拒绝了其中一部分号码，每个号码各有原因。其余号码已发出。</translation>
    </message>
    <message>
        <source>Look at each group of refused numbers: every reason has its own guidance.</source>
        <translation>逐一查看各组被拒号码：每种原因都有各自的处理建议。</translation>
    </message>
    <message>
        <source>Correct or remove the refused rows, then send only those again.</source>
        <translation>修正或删除被拒的行，然后只重新发送这些行。</translation>
    </message>
    <message>
        <source>Do not resend the whole list: the accepted numbers already got the message.</source>
        <translation>不要重发整个列表：已受理的号码已经收到短信。</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>应答过大</translation>
    </message>
    <message>
        <source>The answer was larger than SMS Console is willing to read, so it was discarded.</source>
        <translation>应答超过了 SMS Console 愿意读取的大小，已被丢弃。</translation>
    </message>
    <message>
        <source>Check that the endpoint in Profiles is the SMS API; another server may send large pages.</source>
        <translation>确认“配置管理”中的接入地址是短信 API；其他服务器可能返回很大的页面。</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>未及时应答</translation>
    </message>
    <message>
        <source>The service did not answer completely within the time limit. The request may still have been carried out.</source>
        <translation>服务没有在时限内给出完整应答。请求可能仍然已被执行。</translation>
    </message>
    <message>
        <source>If the network is slow, try again when it is better; smsctl waits longer with --timeout.</source>
        <translation>如果网络较慢，请在网络好转后重试；smsctl 可用 --timeout 等待更久。</translation>
    </message>
    <message>
        <source>Secure connection failed</source>
        <translation>安全连接失败</translation>
    </message>
    <message>
        <source>The encrypted (TLS) connection could not be set up, or the server&apos;s certificate is not trusted. SMS Console never ignores this: it can mean that someone is intercepting the connection.</source>
        <translation>无法建立加密（TLS）连接，或服务器证书不受信任。SMS Console 从不忽略这种错误：它可能意味着有人在截获连接。</translation>
    </message>
    <message>
        <source>Check this computer&apos;s date and time: a wrong date makes valid certificates look invalid.</source>
        <translation>检查本机的日期和时间：日期不对会让有效的证书显得无效。</translation>
    </message>
    <message>
        <source>If your company inspects encrypted traffic, install its root certificate in the system.</source>
        <translation>如果贵公司会检查加密流量，请在系统中安装公司的根证书。</translation>
    </message>
    <message>
        <source>Check that the endpoint in Profiles is the real service.</source>
        <translation>确认“配置管理”中的接入地址是真正的短信服务。</translation>
    </message>
    <message>
        <source>Answer cut off</source>
        <translation>应答被截断</translation>
    </message>
    <message>
        <source>The answer ended before it was complete, usually because the connection broke. The request may have been carried out.</source>
        <translation>应答在完整之前就结束了，通常是连接中断所致。请求可能已被执行。</translation>
    </message>
    <message>
        <source>Unrecognised error</source>
        <translation>无法识别的错误</translation>
    </message>
    <message>
        <source>SMS Console does not know this error code yet. The server&apos;s message below is the best description available.</source>
        <translation>SMS Console 还不认识这个错误码。下方服务返回的消息是目前能得到的最好说明。</translation>
    </message>
    <message>
        <source>Read the server&apos;s message below.</source>
        <translation>阅读下方服务返回的消息。</translation>
    </message>
    <message>
        <source>Look the code up in the provider&apos;s list of error codes.</source>
        <translation>在服务商的错误码列表中查找该错误码。</translation>
    </message>
    <message>
        <source>If it is unclear, copy the details and contact support with the RequestId.</source>
        <translation>如果仍不清楚，请复制详情，并附上 RequestId 联系技术支持。</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>身份验证</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>时钟</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>权限</translation>
    </message>
    <message>
        <source>Rate and quota limits</source>
        <translation>频率与配额限制</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Request parameters</source>
        <translation>请求参数</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Account and billing</source>
        <translation>账号与计费</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>Network and this computer</source>
        <translation>网络与本机</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>Retrying will not help: the same request fails the same way every time.</source>
        <translation>重试没有用：同样的请求每次都会以同样的方式失败。</translation>
    </message>
    <message>
        <source>Retry only after fixing the cause; the unchanged request will fail again.</source>
        <translation>请先解决问题再重试；原样重发的请求还会失败。</translation>
    </message>
    <message>
        <source>Usually temporary: retry after %1.</source>
        <translation>通常是暂时性问题：请在 %1 后重试。</translation>
    </message>
    <message>
        <source>The daily counter resets at 00:00 Beijing time (UTC+8); retry after that.</source>
        <translation>日计数在北京时间（UTC+8）00:00 重置，请在此之后重试。</translation>
    </message>
    <message>
        <source>Marketing messages go out only between 08:00 and 22:00 Beijing time (UTC+8); retry within those hours.</source>
        <translation>营销短信只能在北京时间（UTC+8）08:00 至 22:00 之间发送，请在此时段内重试。</translation>
    </message>
    <message>
        <source>Check the send records before retrying: the request may already have been carried out.</source>
        <translation>重试前请先查看发送记录：请求可能已经执行。</translation>
    </message>
    <message>
        <source>Retrying will not help until support has removed the cause.</source>
        <translation>在技术支持解决问题之前，重试没有用。</translation>
    </message>
    <message>
        <source>You can retry at any time.</source>
        <translation>可以随时重试。</translation>
    </message>
    <message>
        <source>Note: &quot;%1&quot; is not a known code; the general guidance follows.</source>
        <translation>注意：“%1”不是已知的错误码，以下为通用建议。</translation>
    </message>
    <message>
        <source>Note: &quot;%1&quot; is not a known code; the guidance for &quot;%2&quot; follows.</source>
        <translation>注意：“%1”不是已知的错误码，以下为“%2”的处理建议。</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>这是什么意思</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>现在该怎么做</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>是否重试</translation>
    </message>
    <message>
        <source>That is in %1.</source>
        <translation>距今还有 %1。</translation>
    </message>
    <message>
        <source>Server message: %1</source>
        <translation>服务返回的消息：%1</translation>
    </message>
    <message>
        <source>RequestId: %1</source>
        <translation>RequestId：%1</translation>
    </message>
    <message>
        <source>Keychain access refused</source>
        <translation>钥匙串拒绝访问</translation>
    </message>
    <message>
        <source>The system keychain is locked, or access to it was refused, so SMS Console could not read or store the keys of this profile.</source>
        <translation>系统钥匙串已锁定或拒绝访问，因此 SMS Console 无法读取或保存此配置的密钥。</translation>
    </message>
    <message>
        <source>If the keychain asks whether SMS Console may use it, allow it.</source>
        <translation>如果钥匙串询问是否允许 SMS Console 使用它，请选择允许。</translation>
    </message>
    <message>
        <source>If it cannot be unlocked, use the keys for this session only: they stay in memory and are forgotten when SMS Console closes.</source>
        <translation>如果无法解锁，请选择仅在本次会话中使用密钥：密钥只保存在内存中，SMS Console 关闭后即被清除。</translation>
    </message>
    <message>
        <source>No keys saved for this profile</source>
        <translation>此配置没有保存密钥</translation>
    </message>
    <message>
        <source>The system keychain holds no SecretId and SecretKey for this profile: they were never saved on this computer, or they were removed.</source>
        <translation>系统钥匙串中没有此配置的 SecretId 和 SecretKey：它们从未在本机保存过，或已被删除。</translation>
    </message>
    <message>
        <source>Open Profiles and enter the SecretId and SecretKey of this profile again.</source>
        <translation>打开“配置管理”，重新填入此配置的 SecretId 和 SecretKey。</translation>
    </message>
    <message>
        <source>Copy them from the cloud console&apos;s API key page, without spaces before or after them.</source>
        <translation>从云控制台的 API 密钥页面复制，前后不要带空格。</translation>
    </message>
    <message>
        <source>For smsctl, save the keys in SMS Console first, or set TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY and leave out --profile.</source>
        <translation>使用 smsctl 时，请先在 SMS Console 中保存密钥；或者设置 TENCENTCLOUD_SECRET_ID 和 TENCENTCLOUD_SECRET_KEY，并去掉 --profile 选项。</translation>
    </message>
    <message>
        <source>System keychain error</source>
        <translation>系统钥匙串出错</translation>
    </message>
    <message>
        <source>The system keychain reported an error while reading or storing the keys of this profile. The message below comes from the keychain.</source>
        <translation>读取或保存此配置的密钥时，系统钥匙串报告了错误。下方的消息来自钥匙串。</translation>
    </message>
    <message>
        <source>Try once more: a busy keychain may answer now.</source>
        <translation>请再试一次：钥匙串刚才可能正忙，现在也许能应答了。</translation>
    </message>
    <message>
        <source>Check the keychain in its own application (for example Seahorse or KDE Wallet Manager).</source>
        <translation>在钥匙串自己的管理程序中检查它（例如 Seahorse 或 KDE Wallet Manager）。</translation>
    </message>
    <message>
        <source>Enter the keys in Profiles again, or use them for this session only.</source>
        <translation>在“配置管理”中重新填入密钥，或仅在本次会话中使用它们。</translation>
    </message>
    <message>
        <source>Recipient list could not be read</source>
        <translation>无法读取收件人名单</translation>
    </message>
    <message>
        <source>SMS Console could not read the recipient list, or could not write it into the campaign journal: the file is missing, unreadable, not a CSV or .xlsx file, or the disk is full. Nothing was sent.</source>
        <translation>SMS Console 无法读取收件人名单，或无法把它写入群发日志：文件不存在、无法读取、不是 CSV 或 .xlsx 文件，或者磁盘已满。没有发送任何短信。</translation>
    </message>
    <message>
        <source>Read the message below: it says which file and what went wrong.</source>
        <translation>请阅读下面的消息：它说明了是哪个文件、出了什么问题。</translation>
    </message>
    <message>
        <source>Save the spreadsheet again as CSV (UTF-8) or .xlsx, and import that file.</source>
        <translation>把表格重新另存为 CSV（UTF-8）或 .xlsx，再导入该文件。</translation>
    </message>
    <message>
        <source>Check that the disk holding SMS Console&apos;s data has free space.</source>
        <translation>检查存放 SMS Console 数据的磁盘是否还有空间。</translation>
    </message>
    <message>
        <source>Campaign journal not available</source>
        <translation>群发日志不可用</translation>
    </message>
    <message>
        <source>Check that the disk holding SMS Console&apos;s data has free space and can be written.</source>
        <translation>检查存放 SMS Console 数据的磁盘是否还有空间、是否可写。</translation>
    </message>
    <message>
        <source>Check that the campaign belongs to the active profile.</source>
        <translation>检查该群发任务是否属于当前配置。</translation>
    </message>
    <message>
        <source>Number already in the list</source>
        <translation>号码在名单中重复</translation>
    </message>
    <message>
        <source>This number appears in an earlier row of the campaign. The service would send and bill it twice, so SMS Console keeps only the first row and leaves this one out. Nothing was sent for this row.</source>
        <translation>此号码已在本次群发的前面某行出现。服务会向它发送并计费两次，所以 SMS Console 只保留第一行，略过这一行。没有为这一行发送任何短信。</translation>
    </message>
    <message>
        <source>Nothing needs to be done if the number should receive the message once.</source>
        <translation>如果该号码只应收到一次短信，则无需任何操作。</translation>
    </message>
    <message>
        <source>If two different people share the number by mistake, correct the row in the file and import it again.</source>
        <translation>如果是两个不同的人被误填了同一个号码，请在文件中改正这一行后重新导入。</translation>
    </message>
    <message>
        <source>SMS Console keeps every campaign, batch and recipient in the profile&apos;s store (a database on this computer, or a team&apos;s shared database), and it could not open or write it. Nothing is sent without that record, so that no number is ever sent twice.</source>
        <translation>SMS Console 把每个群发任务、批次和收件人都记录在配置的存储中（本机上的数据库，或团队共享的数据库），但现在无法打开或写入它。没有这份记录就不会发送，以免任何号码被重复发送。</translation>
    </message>
    <message>
        <source>If the profile uses a team&apos;s shared store, check that its server can be reached; a campaign that lost it waits and goes on by itself when it is back.</source>
        <translation>如果配置使用团队的共享存储，请检查能否连上其服务器；与存储断开的群发任务会等待，存储恢复后自动继续。</translation>
    </message>
    <message>
        <source>Campaign stopped or missing</source>
        <translation>群发任务已停止或不存在</translation>
    </message>
    <message>
        <source>Several clients (SMS Console or smsctl, on this computer or a teammate&apos;s) may send one campaign: each claims its batches under a lease it keeps renewing. This client could not renew its lease in time and another one took it for stopped, so it stopped sending; or the campaign is not in this profile&apos;s store. No batch is ever sent by two clients.</source>
        <translation>一个群发任务可以由多个客户端（本机或同事电脑上的 SMS Console 或 smsctl）共同发送：每个客户端在自己不断续期的租约下认领批次。本客户端未能及时续期租约，另一个客户端认定它已停止，所以它停止了发送；或者该群发任务不在此配置的存储中。任何批次都不会被两个客户端同时发送。</translation>
    </message>
    <message>
        <source>Resume the campaign: it sends what is still queued and first settles what was in flight.</source>
        <translation>继续该群发任务：它会先核对发送中的号码，再发送仍在队列中的号码。</translation>
    </message>
</context>
<context>
    <name>sms::errors::ErrorReport</name>
    <message>
        <source>SMS Console error report</source>
        <translation>SMS Console 错误报告</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>应用版本</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Guidance used</source>
        <translation>采用的建议</translation>
    </message>
    <message>
        <source>general guidance</source>
        <translation>通用建议</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>RequestId</source>
        <translation>RequestId</translation>
    </message>
    <message>
        <source>(none: the service did not answer)</source>
        <translation>（无：服务没有应答）</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP 状态码</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Clock offset (server minus this computer)</source>
        <translation>时钟偏差（服务器时间减本机时间）</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>unknown: the request may have been carried out</source>
        <translation>未知：请求可能已经执行</translation>
    </message>
    <message>
        <source>Numbers accepted</source>
        <translation>已受理的号码数</translation>
    </message>
    <message>
        <source>Failures: %1 · Groups by code: %2</source>
        <translation>失败数：%1 · 按错误码分组：%2</translation>
    </message>
    <message>
        <source>Numbers (masked, first %1)</source>
        <translation>号码（已脱敏，前 %1 个）</translation>
    </message>
</context>
<context>
    <name>sms::history::HistoryStore</name>
    <message>
        <source>The send history in %1 cannot be read: %2</source>
        <translation>无法读取 %1 中的发送记录：%2</translation>
    </message>
</context>
<context>
    <name>sms::history::Lifecycle</name>
    <message>
        <source>Queued</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>正在发送</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>不确定</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>No receipt yet</source>
        <translation>暂无回执</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>sms::history::ReceiptPuller</name>
    <message>
        <source>The history in %1 cannot be written: %2</source>
        <translation>无法写入 %1 中的发送记录：%2</translation>
    </message>
</context>
<context>
    <name>sms::history::SingleSend</name>
    <message>
        <source>The history in %1 cannot be written: %2</source>
        <translation>无法写入 %1 中的发送记录：%2</translation>
    </message>
</context>
<context>
    <name>sms::review::CheckProblem</name>
    <message>
        <source>A modification keeps the market it was applied for: international.</source>
        <translation>修改时不能改变申请时的范围：国际/港澳台。</translation>
    </message>
    <message>
        <source>A modification keeps the market it was applied for: mainland China.</source>
        <translation>修改时不能改变申请时的范围：中国大陆。</translation>
    </message>
</context>
<context>
    <name>sms::review::ReviewTexts</name>
    <message>
        <source>Code %1</source>
        <translation>代码 %1</translation>
    </message>
    <message>
        <source>Usable</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Approved, waiting to take effect</source>
        <translation>已通过，等待生效</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Mainland China</source>
        <translation>中国大陆</translation>
    </message>
    <message>
        <source>International</source>
        <translation>国际/港澳台</translation>
    </message>
    <message>
        <source>Mainland China and international</source>
        <translation>中国大陆及国际/港澳台</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Trademark</source>
        <translation>商标</translation>
    </message>
    <message>
        <source>Government, public institution or other organization</source>
        <translation>政府/机关事业单位/其他机构</translation>
    </message>
    <message>
        <source>Business licence with unified social credit code</source>
        <translation>三证合一的营业执照（含统一社会信用代码）</translation>
    </message>
    <message>
        <source>Business licence</source>
        <translation>营业执照</translation>
    </message>
    <message>
        <source>Organization code certificate</source>
        <translation>组织机构代码证</translation>
    </message>
    <message>
        <source>Social credit code certificate</source>
        <translation>社会信用代码证书</translation>
    </message>
    <message>
        <source>Screenshot of the app&apos;s back office</source>
        <translation>App 后台管理界面截图</translation>
    </message>
    <message>
        <source>Trademark registration certificate</source>
        <translation>商标注册证书</translation>
    </message>
    <message>
        <source>Own use</source>
        <translation>自用</translation>
    </message>
    <message>
        <source>For another party</source>
        <translation>他用</translation>
    </message>
    <message>
        <source>Ordinary (former type)</source>
        <translation>普通短信（旧类型）</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>营销短信</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>通知短信</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>验证码短信</translation>
    </message>
    <message>
        <source>Unknown status</source>
        <translation>未知状态</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>sms::review::SignatureChecks</name>
    <message>
        <source>A signature name has at most 12 characters; this one has %1.</source>
        <translation>签名名称最多 12 个字符，当前有 %1 个。</translation>
    </message>
    <message>
        <source>Enter the signature name: 2 to 12 Chinese characters, letters or digits.</source>
        <translation>请输入签名名称：2 到 12 个汉字、字母或数字。</translation>
    </message>
    <message>
        <source>A signature name has at least 2 characters.</source>
        <translation>签名名称至少需要 2 个字符。</translation>
    </message>
    <message>
        <source>International must be 0 (mainland China) or 1 (international).</source>
        <translation>International 只能是 0（中国大陆）或 1（国际/港澳台）。</translation>
    </message>
    <message>
        <source>Choose the purpose: the account&apos;s own use, or use for another party.</source>
        <translation>请选择用途：本账号自用，或给他人使用。</translation>
    </message>
    <message>
        <source>App signatures are accepted for international SMS only; for mainland China choose company, trademark or institution.</source>
        <translation>App 类签名只用于国际/港澳台短信；中国大陆短信请选择公司、商标或政府/机关事业单位/其他机构。</translation>
    </message>
    <message>
        <source>This signature type is not accepted. Choose company (0), app (1, international only), trademark (4) or government, public institution or other organization (5).</source>
        <translation>不接受此签名类型。请选择公司（0）、App（1，仅国际/港澳台）、商标（4）或政府/机关事业单位/其他机构（5）。</translation>
    </message>
    <message>
        <source>A screenshot of an app&apos;s back office does not prove a mainland China signature.</source>
        <translation>App 后台截图不能作为中国大陆签名的证明材料。</translation>
    </message>
    <message>
        <source>This proof document does not fit the signature type. It takes: %1.</source>
        <translation>此证明材料与签名类型不符。该类型可用：%1。</translation>
    </message>
    <message>
        <source>Send the image as bare base64, without the &quot;data:...;base64,&quot; prefix.</source>
        <translation>图片须为纯 base64 文本，不带“data:...;base64,”前缀。</translation>
    </message>
    <message>
        <source>The image is not valid base64 text.</source>
        <translation>图片不是有效的 base64 文本。</translation>
    </message>
    <message>
        <source>Add the proof document: a JPG or PNG image of it.</source>
        <translation>请添加证明材料：它的 JPG 或 PNG 图片。</translation>
    </message>
    <message>
        <source>A signature used for another party needs that party&apos;s authorization letter.</source>
        <translation>给他人使用的签名需要对方的授权书。</translation>
    </message>
    <message>
        <source>An authorization letter goes only with a signature for another party: remove it, or choose use for another party.</source>
        <translation>只有他用签名才需要授权书：请删除授权书，或把用途改为他用。</translation>
    </message>
    <message>
        <source>The images are %1 together; an application carries at most %2 of images. Use smaller scans.</source>
        <translation>图片合计 %1；一份申请最多可带 %2 的图片。请使用更小的扫描件。</translation>
    </message>
    <message>
        <source>The application is larger than the service accepts. Shorten the remark.</source>
        <translation>申请内容超出服务允许的大小。请缩短备注。</translation>
    </message>
    <message>
        <source>A mainland China signature needs the qualification (company documents) it is applied under.</source>
        <translation>中国大陆签名需要指定申请所依据的资质（企业证件）。</translation>
    </message>
    <message>
        <source>The proof document does not open as a JPG or PNG image. Scan it again as JPG or PNG.</source>
        <translation>证明材料无法作为 JPG 或 PNG 图片打开。请重新扫描为 JPG 或 PNG。</translation>
    </message>
    <message>
        <source>The authorization letter does not open as a JPG or PNG image. Scan it again as JPG or PNG.</source>
        <translation>授权书无法作为 JPG 或 PNG 图片打开。请重新扫描为 JPG 或 PNG。</translation>
    </message>
    <message>
        <source>A signature named &quot;%1&quot; is already under review (ID %2): wait for its review, or modify that application.</source>
        <translation>名为“%1”的签名已在审核中（ID %2）：请等待审核结果，或修改那份申请。</translation>
    </message>
    <message>
        <source>A signature named &quot;%1&quot; is already approved (ID %2).</source>
        <translation>名为“%1”的签名已审核通过（ID %2）。</translation>
    </message>
    <message>
        <source>An approved signature cannot be changed. Apply for a new one instead.</source>
        <translation>已通过审核的签名不能修改。请另行申请新签名。</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>A signature name has only Chinese characters, letters and digits; %1 is none of them (the 【】 are added when a message is sent).</source>
        <translation>签名名称只能包含汉字、字母和数字；%1 不属于其中任何一种（发送时会自动加上【】）。</translation>
    </message>
</context>
<context>
    <name>sms::review::TemplateChecks</name>
    <message>
        <source>Give the template a name, so that it can be found again.</source>
        <translation>请为模板命名，方便以后查找。</translation>
    </message>
    <message>
        <source>Choose the template type: marketing (1), notification (2) or verification code (3).</source>
        <translation>请选择模板类型：营销（1）、通知（2）或验证码（3）。</translation>
    </message>
    <message>
        <source>International must be 0 (mainland China) or 1 (international).</source>
        <translation>International 只能是 0（中国大陆）或 1（国际/港澳台）。</translation>
    </message>
    <message>
        <source>Write the template&apos;s text.</source>
        <translation>请填写模板正文。</translation>
    </message>
    <message>
        <source>The text has %1 characters as the service counts them; a template has at most %2.</source>
        <translation>按服务的计数方式，正文有 %1 个字符；模板最多 %2 个字符。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a variable: write variables as {1}, {2}, {3}, ...</source>
        <translation>“%1”不是变量：变量应写作 {1}、{2}、{3}……</translation>
    </message>
    <message>
        <source>Number the variables from {1} without gaps: {%1} is missing.</source>
        <translation>变量须从 {1} 开始连续编号：缺少 {%1}。</translation>
    </message>
    <message>
        <source>Leave out the 【】 and the signature: they are added to each message when it is sent.</source>
        <translation>请不要写【】和签名：发送时会自动加到每条短信上。</translation>
    </message>
    <message>
        <source>A verification-code template needs a variable for the code, such as {1}.</source>
        <translation>验证码模板需要一个放验证码的变量，例如 {1}。</translation>
    </message>
    <message>
        <source>A web address must be fixed text: a variable may not stand in it.</source>
        <translation>网址必须是固定文字：不能在网址中使用变量。</translation>
    </message>
    <message>
        <source>A marketing template for mainland China ends with how to opt out, such as &quot;%1&quot;.</source>
        <translation>中国大陆的营销模板须在结尾说明如何退订，例如“%1”。</translation>
    </message>
    <message>
        <source>An approved template cannot be changed. Add a new one instead.</source>
        <translation>已通过审核的模板不能修改。请另行添加新模板。</translation>
    </message>
    <message>
        <source>A template for both mainland China and international SMS cannot be changed. Add a new one instead.</source>
        <translation>同时用于中国大陆和国际/港澳台短信的模板不能修改。请另行添加新模板。</translation>
    </message>
</context>
<context>
    <name>sms::sandbox::Messages</name>
    <message>
        <source>Limit must be between 1 and 100.</source>
        <translation>Limit 取值范围为 1 到 100。</translation>
    </message>
    <message>
        <source>BeginTime must lie within the last 7 days.</source>
        <translation>BeginTime 必须在最近 7 天以内。</translation>
    </message>
    <message>
        <source>EndTime must not be before BeginTime.</source>
        <translation>EndTime 不能早于 BeginTime。</translation>
    </message>
    <message>
        <source>Limit must be between 1 and 100, and Offset 0.</source>
        <translation>Limit 取值范围为 1 到 100，Offset 必须为 0。</translation>
    </message>
    <message>
        <source>The phone number is not valid.</source>
        <translation>号码格式不正确。</translation>
    </message>
    <message>
        <source>BeginTime must be written yyyymmddhh, for example 2026111108.</source>
        <translation>BeginTime 格式应为 yyyymmddhh，例如 2026111108。</translation>
    </message>
    <message>
        <source>EndTime must be written yyyymmddhh, for example 2026111123.</source>
        <translation>EndTime 格式应为 yyyymmddhh，例如 2026111123。</translation>
    </message>
    <message>
        <source>The start of the period is after its end.</source>
        <translation>起始时间晚于结束时间。</translation>
    </message>
    <message>
        <source>Limit and Offset must be 0 for statistics.</source>
        <translation>查询统计数据时，Limit 和 Offset 必须为 0。</translation>
    </message>
    <message>
        <source>The period may span at most 32 days.</source>
        <translation>查询时间跨度不能超过 32 天。</translation>
    </message>
    <message>
        <source>Limit must be between 0 and 500.</source>
        <translation>Limit 取值范围为 0 到 500。</translation>
    </message>
    <message>
        <source>At most 200 numbers per request.</source>
        <translation>单次请求最多支持 200 个号码。</translation>
    </message>
    <message>
        <source>No message has this SerialNo.</source>
        <translation>SerialNo 对应的短信不存在。</translation>
    </message>
    <message>
        <source>BeginTime must lie within the last 72 hours.</source>
        <translation>BeginTime 必须在最近 72 小时以内。</translation>
    </message>
    <message>
        <source>EndTime must lie between BeginTime and now.</source>
        <translation>EndTime 必须介于 BeginTime 与当前时间之间。</translation>
    </message>
    <message>
        <source>Limit must be between 1 and 50, Offset between 0 and 1000.</source>
        <translation>Limit 取值范围为 1 到 50，Offset 取值范围为 0 到 1000。</translation>
    </message>
    <message>
        <source>The signature contains a prohibited word. Choose a name that identifies your company, app or brand.</source>
        <translation>签名含有违禁词。请使用能代表贵公司、应用或品牌的名称。</translation>
    </message>
    <message>
        <source>The proof document could not be opened. Upload a clear JPG or PNG scan of the licence.</source>
        <translation>证明文件无法打开。请上传清晰的证照扫描件（JPG 或 PNG 格式）。</translation>
    </message>
    <message>
        <source>A signature used for another party needs that party&apos;s signed authorization letter.</source>
        <translation>他用签名须提供被授权方签署的授权委托书。</translation>
    </message>
    <message>
        <source>The signature does not identify a company, app or brand. Use its full or widely known short name.</source>
        <translation>签名无法体现公司、应用或品牌。请使用其全称或广为人知的简称。</translation>
    </message>
    <message>
        <source>The template contains a prohibited word. Remove it and submit again.</source>
        <translation>模板含有违禁词。请删除后重新提交。</translation>
    </message>
    <message>
        <source>Links in templates must be filed first. Remove the link or file the domain, then submit again.</source>
        <translation>模板中的链接须先报备。请删除链接或报备其域名后重新提交。</translation>
    </message>
    <message>
        <source>Too much of the template is variable. Write the fixed text so a reader knows who sends it and why.</source>
        <translation>模板中变量占比过高。请补充固定文字，让收信人能看出由谁发送、因何发送。</translation>
    </message>
    <message>
        <source>The SecretId does not exist. Check it for spaces and that the key is enabled.</source>
        <translation>SecretId 不存在。请检查其中是否有多余的空格，以及该密钥是否已启用。</translation>
    </message>
    <message>
        <source>X-TC-Timestamp is missing or not a number.</source>
        <translation>X-TC-Timestamp 缺失或不是数字。</translation>
    </message>
    <message>
        <source>The signature has expired: the request&apos;s timestamp is more than five minutes from the server time %1.</source>
        <translation>请求签名已过期：请求的时间戳与服务器时间 %1 相差超过五分钟。</translation>
    </message>
    <message>
        <source>The signature does not match. Check the SecretKey and how the request is signed.</source>
        <translation>请求签名不匹配。请检查 SecretKey 及请求的签名方法。</translation>
    </message>
    <message>
        <source>SignedHeaders must include content-type and host.</source>
        <translation>SignedHeaders 必须包含 content-type 和 host。</translation>
    </message>
    <message>
        <source>Only GET and POST requests are accepted.</source>
        <translation>仅支持 GET 和 POST 请求。</translation>
    </message>
    <message>
        <source>The request body is larger than the service accepts.</source>
        <translation>请求体超出服务允许的大小。</translation>
    </message>
    <message>
        <source>The Authorization header is missing or is not a TC3-HMAC-SHA256 authorization.</source>
        <translation>缺少 Authorization 请求头，或其格式不是 TC3-HMAC-SHA256。</translation>
    </message>
    <message>
        <source>The X-TC-Action header is missing.</source>
        <translation>缺少 X-TC-Action 请求头。</translation>
    </message>
    <message>
        <source>The SMS API has no action named %1.</source>
        <translation>短信 API 中不存在名为 %1 的接口。</translation>
    </message>
    <message>
        <source>The X-TC-Version header is missing.</source>
        <translation>缺少 X-TC-Version 请求头。</translation>
    </message>
    <message>
        <source>This service speaks version 2021-01-11 only.</source>
        <translation>本服务仅支持 2021-01-11 版本。</translation>
    </message>
    <message>
        <source>The action is not offered in this region.</source>
        <translation>该接口在此地域不可用。</translation>
    </message>
    <message>
        <source>Too many requests for this action in one second.</source>
        <translation>该接口每秒请求次数超过限制。</translation>
    </message>
    <message>
        <source>Content-Type must be application/json.</source>
        <translation>Content-Type 必须为 application/json。</translation>
    </message>
    <message>
        <source>The request body is not a JSON object.</source>
        <translation>请求体不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The parameter `%1` is not defined.</source>
        <translation>参数 `%1` 未定义。</translation>
    </message>
    <message>
        <source>The parameter `%1` is missing.</source>
        <translation>缺少参数 `%1`。</translation>
    </message>
    <message>
        <source>The value type of parameter `%1` is not valid.</source>
        <translation>参数 `%1` 的值类型无效。</translation>
    </message>
    <message>
        <source>Injected fault.</source>
        <translation>注入的故障。</translation>
    </message>
    <message>
        <source>No template has this TemplateId.</source>
        <translation>TemplateId 对应的模板不存在。</translation>
    </message>
    <message>
        <source>The template is not approved (still under review, or rejected).</source>
        <translation>模板未通过审核（仍在审核中或已被驳回）。</translation>
    </message>
    <message>
        <source>A mainland China template cannot be sent to numbers outside the mainland.</source>
        <translation>中国大陆模板不能用于发送中国大陆以外的号码。</translation>
    </message>
    <message>
        <source>An international template cannot be sent to mainland China numbers.</source>
        <translation>国际模板不能用于发送中国大陆号码。</translation>
    </message>
    <message>
        <source>A message to mainland China needs the SignName of an approved signature.</source>
        <translation>发往中国大陆的短信须在 SignName 中填写已通过审核的签名。</translation>
    </message>
    <message>
        <source>SignName looks like a signature ID; send the signature&apos;s text instead.</source>
        <translation>SignName 疑似填写了签名 ID，请改为填写签名内容。</translation>
    </message>
    <message>
        <source>No approved signature has this name.</source>
        <translation>不存在该名称的已通过审核的签名。</translation>
    </message>
    <message>
        <source>Individual accounts cannot send marketing messages.</source>
        <translation>个人认证账号不能发送营销短信。</translation>
    </message>
    <message>
        <source>Marketing messages go out only between 08:00 and 22:00 Beijing time.</source>
        <translation>营销短信仅在北京时间 08:00 至 22:00 之间发送。</translation>
    </message>
    <message>
        <source>The number of TemplateParamSet values differs from the template&apos;s variables.</source>
        <translation>TemplateParamSet 中的参数个数与模板变量个数不一致。</translation>
    </message>
    <message>
        <source>The message is longer than 500 characters.</source>
        <translation>短信内容超过 500 个字符。</translation>
    </message>
    <message>
        <source>A verification code is 0 to 6 digits.</source>
        <translation>验证码须为不超过 6 位的纯数字。</translation>
    </message>
    <message>
        <source>Template variables may not carry links.</source>
        <translation>模板变量中不能包含链接。</translation>
    </message>
    <message>
        <source>A template variable is longer than the account allows.</source>
        <translation>模板变量长度超出账号允许的上限。</translation>
    </message>
    <message>
        <source>The message contains a prohibited word.</source>
        <translation>短信内容含有敏感词。</translation>
    </message>
    <message>
        <source>PhoneNumberSet is empty.</source>
        <translation>PhoneNumberSet 为空。</translation>
    </message>
    <message>
        <source>SessionContext must be shorter than 512 bytes.</source>
        <translation>SessionContext 长度必须小于 512 字节。</translation>
    </message>
    <message>
        <source>One request cannot mix mainland China and international numbers.</source>
        <translation>同一请求中不能同时包含中国大陆号码和国际号码。</translation>
    </message>
    <message>
        <source>MultiSmsInfoSet is empty.</source>
        <translation>MultiSmsInfoSet 为空。</translation>
    </message>
    <message>
        <source>SendMultiGlobalSms takes international numbers only.</source>
        <translation>SendMultiGlobalSms 仅支持国际号码。</translation>
    </message>
    <message>
        <source>The number is on the do-not-disturb list (it opted out or the carrier blocks it).</source>
        <translation>该号码在免打扰名单中（用户已退订或被运营商拦截）。</translation>
    </message>
    <message>
        <source>Messages to this country or region are not supported.</source>
        <translation>暂不支持向该国家或地区发送短信。</translation>
    </message>
    <message>
        <source>The application does not send to this country or region.</source>
        <translation>该应用已限制向此国家或地区发送短信。</translation>
    </message>
    <message>
        <source>This number already received a message in the last 30 seconds.</source>
        <translation>该号码 30 秒内已收到过短信，触发频率限制。</translation>
    </message>
    <message>
        <source>This number reached its limit for one hour.</source>
        <translation>该号码已达到 1 小时内的发送频率上限。</translation>
    </message>
    <message>
        <source>This number reached its limit for today.</source>
        <translation>该号码已达到当日发送上限。</translation>
    </message>
    <message>
        <source>This number already received this same message as often as allowed today.</source>
        <translation>该号码今日接收相同内容短信的次数已达上限。</translation>
    </message>
    <message>
        <source>The application reached its daily sending limit.</source>
        <translation>该应用已达到日发送量上限。</translation>
    </message>
    <message>
        <source>The application reached its daily limit for mainland China.</source>
        <translation>该应用发往中国大陆的短信已达日上限。</translation>
    </message>
    <message>
        <source>The application reached its daily limit for international messages.</source>
        <translation>该应用的国际短信已达日上限。</translation>
    </message>
    <message>
        <source>The application reached its daily limit for this country or region.</source>
        <translation>该应用发往此国家或地区的短信已达日上限。</translation>
    </message>
    <message>
        <source>The account reached its daily international limit.</source>
        <translation>该账号的国际短信已达日上限。</translation>
    </message>
    <message>
        <source>The SMS packages have too few messages left.</source>
        <translation>短信套餐包余量不足。</translation>
    </message>
    <message>
        <source>Only enterprise-verified accounts can manage signatures and templates.</source>
        <translation>仅企业认证账号可以管理签名和模板。</translation>
    </message>
    <message>
        <source>A signature name has at most 12 characters.</source>
        <translation>签名长度不能超过 12 个字符。</translation>
    </message>
    <message>
        <source>A signature name has 2 to 12 Chinese characters, letters or digits.</source>
        <translation>签名须为 2 至 12 个汉字、字母或数字。</translation>
    </message>
    <message>
        <source>International must be 0 (mainland China) or 1 (international).</source>
        <translation>International 只能是 0（中国大陆）或 1（国际/港澳台）。</translation>
    </message>
    <message>
        <source>SignPurpose must be 0 (own use) or 1 (for another party).</source>
        <translation>SignPurpose 取值须为 0（自用）或 1（他用）。</translation>
    </message>
    <message>
        <source>This SignType is not accepted (retired, or not available for mainland signatures).</source>
        <translation>不支持该 SignType（已停用，或不适用于国内签名）。</translation>
    </message>
    <message>
        <source>This DocumentType does not prove this kind of signature.</source>
        <translation>该 DocumentType 的证明文件不适用于此类签名。</translation>
    </message>
    <message>
        <source>ProofImage must be the image file in base64, without a data: prefix.</source>
        <translation>ProofImage 须为图片文件的 base64 编码，且不带 data: 前缀。</translation>
    </message>
    <message>
        <source>CommissionImage must be the image file in base64.</source>
        <translation>CommissionImage 须为图片文件的 base64 编码。</translation>
    </message>
    <message>
        <source>A mainland signature needs a QualificationId.</source>
        <translation>国内签名必须填写 QualificationId。</translation>
    </message>
    <message>
        <source>The qualification is not approved yet.</source>
        <translation>该资质尚未通过审核。</translation>
    </message>
    <message>
        <source>A signature with this name is already under review.</source>
        <translation>同名签名正在审核中。</translation>
    </message>
    <message>
        <source>A signature with this name is already approved.</source>
        <translation>同名签名已通过审核。</translation>
    </message>
    <message>
        <source>The account has reached its number of signatures. Delete unused ones first.</source>
        <translation>账号的签名数量已达上限，请先删除不再使用的签名。</translation>
    </message>
    <message>
        <source>No signature has this SignId.</source>
        <translation>SignId 对应的签名不存在。</translation>
    </message>
    <message>
        <source>An approved signature cannot be changed.</source>
        <translation>已通过审核的签名不能修改。</translation>
    </message>
    <message>
        <source>International cannot change when modifying.</source>
        <translation>修改时不能变更 International 的取值。</translation>
    </message>
    <message>
        <source>Ask for at most 100 signatures at a time.</source>
        <translation>单次最多查询 100 个签名。</translation>
    </message>
    <message>
        <source>SmsType must be 1 (marketing), 2 (notification) or 3 (verification code).</source>
        <translation>SmsType 取值须为 1（营销短信）、2（通知短信）或 3（验证码）。</translation>
    </message>
    <message>
        <source>Template content must have 1 to 500 characters.</source>
        <translation>模板内容长度须为 1 至 500 个字符。</translation>
    </message>
    <message>
        <source>Variables must be written {1}, {2}, ... and numbered from 1 without gaps.</source>
        <translation>变量须写作 {1}、{2}、...，并从 1 开始连续编号。</translation>
    </message>
    <message>
        <source>A marketing template must end with an opt-out instruction such as &quot;拒收请回复R&quot;.</source>
        <translation>营销短信模板须以退订方式结尾，例如“拒收请回复R”。</translation>
    </message>
    <message>
        <source>Apply for a signature before the first template.</source>
        <translation>请先申请签名，再创建模板。</translation>
    </message>
    <message>
        <source>The account has reached its number of templates. Delete unused ones first.</source>
        <translation>账号的模板数量已达上限，请先删除不再使用的模板。</translation>
    </message>
    <message>
        <source>An approved template cannot be changed; add a new one instead.</source>
        <translation>已通过审核的模板不能修改，请新建模板。</translation>
    </message>
    <message>
        <source>Ask for at most 100 templates at a time.</source>
        <translation>单次最多查询 100 个模板。</translation>
    </message>
    <message>
        <source>No SMS application has this SmsSdkAppId.</source>
        <translation>不存在该 SmsSdkAppId 对应的短信应用。</translation>
    </message>
    <message>
        <source>The SmsSdkAppId does not belong to the account of this API key.</source>
        <translation>该 SmsSdkAppId 不属于此 API 密钥所在的账号。</translation>
    </message>
    <message>
        <source>This SMS application is disabled.</source>
        <translation>该短信应用已被停用。</translation>
    </message>
    <message>
        <source>The account is in arrears; sending is suspended until it is paid.</source>
        <translation>账号已欠费，发送已暂停，缴清欠款后恢复。</translation>
    </message>
    <message>
        <source>This IP address is not on the application&apos;s allow list.</source>
        <translation>该 IP 地址不在应用的访问白名单中。</translation>
    </message>
    <message>
        <source>No qualification has this QualificationId.</source>
        <translation>不存在该 QualificationId 对应的资质。</translation>
    </message>
    <message>
        <source>The value of parameter `%1` is out of range.</source>
        <translation>参数 `%1` 的取值超出范围。</translation>
    </message>
</context>
<context>
    <name>sms::statistics::LocalStatisticsJob</name>
    <message>
        <source>The send history on this computer cannot be read: %1</source>
        <translation>无法读取本机的发送记录：%1</translation>
    </message>
</context>
<context>
    <name>sms::statistics::StatisticsStore</name>
    <message>
        <source>Choose a range of at most %1 days.</source>
        <translation>请选择不超过 %1 天的时间范围。</translation>
    </message>
</context>
<context>
    <name>sms::statistics::StatisticsTexts</name>
    <message>
        <source>No description</source>
        <translation>无说明</translation>
    </message>
    <message>
        <source>Carrier error</source>
        <translation>运营商错误</translation>
    </message>
    <message>
        <source>Invalid number</source>
        <translation>无效号码</translation>
    </message>
    <message>
        <source>Handset off</source>
        <translation>手机关机</translation>
    </message>
    <message>
        <source>Carrier blocklist</source>
        <translation>运营商黑名单</translation>
    </message>
    <message>
        <source>Frequency limit</source>
        <translation>频率限制</translation>
    </message>
</context>
<context>
    <name>sms::store::StoreLocation</name>
    <message>
        <source>not a URL: %1</source>
        <translation>不是有效的 URL：%1</translation>
    </message>
    <message>
        <source>the URL must start with postgresql://</source>
        <translation>URL 必须以 postgresql:// 开头</translation>
    </message>
    <message>
        <source>the URL holds a password; leave it out, it is kept in the keychain</source>
        <translation>URL 中含有密码；请将其删去，密码保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>the port %1 is not a port number</source>
        <translation>%1 不是有效的端口号</translation>
    </message>
    <message>
        <source>unknown sslmode %1 (one of %2)</source>
        <translation>未知的 sslmode %1（可用：%2）</translation>
    </message>
    <message>
        <source>unknown URL parameter %1</source>
        <translation>未知的 URL 参数 %1</translation>
    </message>
    <message>
        <source>the URL names no database (postgresql://user@host/DATABASE)</source>
        <translation>URL 中没有数据库名（postgresql://user@host/DATABASE）</translation>
    </message>
    <message>
        <source>local socket</source>
        <translation>本机套接字</translation>
    </message>
</context>
<context>
    <name>sms::ui::AboutDialog</name>
    <message>
        <source>About SMS Console</source>
        <translation>关于 SMS Console</translation>
    </message>
    <message>
        <source>SMS Console</source>
        <translation>SMS Console</translation>
    </message>
    <message>
        <source>Version %1 · built with Qt %2, running on Qt %3</source>
        <translation>版本 %1 · 基于 Qt %2 构建，运行于 Qt %3</translation>
    </message>
    <message>
        <source>A desktop console for operators of a cloud SMS service (API version 2021-01-11): campaigns, signature and template review, delivery history, and every error code explained.</source>
        <translation>面向云短信服务运营人员的桌面控制台（API 版本 2021-01-11）：群发任务、签名与模板审核、发送记录与回执，以及每个错误码的详细解释。</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation>第三方软件</translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>The Qt Toolkit, © The Qt Company Ltd. and contributors, used under the GNU Lesser General Public License version 3 (LGPL-3.0). Qt&apos;s source code is available from qt.io and from your distribution.</source>
        <translation>Qt 工具包，© The Qt Company Ltd. 及贡献者，依据 GNU 宽通用公共许可证第 3 版（LGPL-3.0）使用。Qt 的源代码可从 qt.io 或您所用的发行版获取。</translation>
    </message>
    <message>
        <source>QtKeychain</source>
        <translation>QtKeychain</translation>
    </message>
    <message>
        <source>Keeps the API keys in the system keychain. © Frank Osterfeld and contributors, BSD 3-Clause licence.</source>
        <translation>用于把 API 密钥保存在系统钥匙串中。© Frank Osterfeld 及贡献者，BSD 3-Clause 许可证。</translation>
    </message>
    <message>
        <source>libphonenumber</source>
        <translation>libphonenumber</translation>
    </message>
    <message>
        <source>Checks and formats phone numbers. © Google Inc. and contributors, Apache License 2.0.</source>
        <translation>用于校验和格式化电话号码。© Google Inc. 及贡献者，Apache License 2.0。</translation>
    </message>
    <message>
        <source>Noto Sans CJK</source>
        <translation>Noto Sans CJK</translation>
    </message>
    <message>
        <source>Chinese text is shown with the Noto Sans CJK fonts when the system provides them (Debian: fonts-noto-cjk). © Google and Adobe, SIL Open Font License 1.1. The fonts are not part of SMS Console.</source>
        <translation>系统提供 Noto Sans CJK 字体时，中文以该字体显示（Debian 软件包：fonts-noto-cjk）。© Google 和 Adobe，SIL Open Font License 1.1。这些字体不随 SMS Console 分发。</translation>
    </message>
    <message>
        <source>The full licence texts are installed with each library, for example under /usr/share/doc/ on Debian.</source>
        <translation>完整的许可证文本随各个库一起安装，例如 Debian 上位于 /usr/share/doc/ 下。</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later). It comes with no warranty.</source>
        <translation>自由软件，按 GNU 通用公共许可证第 3 版或更新版本（GPL-3.0-or-later）发布。本软件不提供任何担保。</translation>
    </message>
</context>
<context>
    <name>sms::ui::AppCommandLine</name>
    <message>
        <source>Desktop console for a cloud SMS service.</source>
        <translation>云短信服务的桌面控制台。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示本帮助并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本号并退出。</translation>
    </message>
    <message>
        <source>Work against the built-in sandbox (nothing is really sent).</source>
        <translation>连接内置沙箱运行（不会真正发出任何短信）。</translation>
    </message>
    <message>
        <source>Use the saved profile NAME for this session.</source>
        <translation>本次会话使用名为 NAME 的已保存配置。</translation>
    </message>
    <message>
        <source>Interface language: %1.</source>
        <translation>界面语言：%1。</translation>
    </message>
    <message>
        <source>smsconsole: %1</source>
        <translation>smsconsole：%1</translation>
    </message>
    <message>
        <source>Try &apos;smsconsole --help&apos; for usage.</source>
        <translation>执行 &apos;smsconsole --help&apos; 查看用法。</translation>
    </message>
    <message>
        <source>smsconsole: unexpected argument &quot;%1&quot;</source>
        <translation>smsconsole：多余的参数“%1”</translation>
    </message>
</context>
<context>
    <name>sms::ui::AppController</name>
    <message>
        <source>Sandbox</source>
        <translation>沙箱</translation>
    </message>
    <message>
        <source>SMS Console has no language &quot;%1&quot;; it uses %2 instead. Languages: %3.</source>
        <translation>SMS Console 没有“%1”这种语言，现改用%2。可用的语言：%3。</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;: no profiles are saved yet.</source>
        <translation>没有名为“%1”的配置：目前还没有保存任何配置。</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot; (saved profiles: %2); the last profile used is active instead.</source>
        <translation>没有名为“%1”的配置（已保存的配置：%2），现使用上次使用的配置。</translation>
    </message>
</context>
<context>
    <name>sms::ui::AppIdEditor</name>
    <message>
        <source>The label “%1” has no SmsSdkAppId.</source>
        <translation>备注“%1”没有对应的 SmsSdkAppId。</translation>
    </message>
    <message>
        <source>The SmsSdkAppId %1 is listed twice.</source>
        <translation>SmsSdkAppId %1 重复出现了。</translation>
    </message>
    <message>
        <source>SmsSdkAppId</source>
        <translation>SmsSdkAppId</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Application IDs</source>
        <translation>应用 ID</translation>
    </message>
    <message>
        <source>The SmsSdkAppIds of this account, with a label of your own. The first is used by default.</source>
        <translation>此账号的 SmsSdkAppId 及您自己填写的备注。默认使用第一个。</translation>
    </message>
    <message>
        <source>A&amp;dd ID</source>
        <translation>添加 ID(&amp;D)</translation>
    </message>
    <message>
        <source>Add an application ID</source>
        <translation>添加应用 ID</translation>
    </message>
    <message>
        <source>Remo&amp;ve ID</source>
        <translation>移除 ID(&amp;V)</translation>
    </message>
    <message>
        <source>Remove the selected application ID</source>
        <translation>移除选中的应用 ID</translation>
    </message>
    <message>
        <source>“%1” is not an SmsSdkAppId: those have ten digits and start with 14, such as 1400006666.</source>
        <translation>“%1”不是 SmsSdkAppId：SmsSdkAppId 是以 14 开头的十位数字，例如 1400006666。</translation>
    </message>
</context>
<context>
    <name>sms::ui::CampaignComposer</name>
    <message>
        <source>Recipients</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Recipient lists (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>收件人名单 (*.csv *.txt *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>No recipients chosen yet.</source>
        <translation>还没有选择收件人。</translation>
    </message>
    <message>
        <source>Pasted list</source>
        <translation>粘贴的名单</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>Package balance: %L1 segments.</source>
        <translation>套餐包余量：%L1 条。</translation>
    </message>
    <message>
        <source>%L1 rows, %L2 to send, %L3 with problems.</source>
        <translation>共 %L1 行，%L2 条待发送，%L3 条有问题。</translation>
    </message>
    <message>
        <source>Segments to bill: %L1</source>
        <translation>计费条数：%L1</translation>
    </message>
    <message>
        <source>Package balance: %L1 segments, not enough.</source>
        <translation>套餐包余量：%L1 条，不够。</translation>
    </message>
    <message>
        <source>No approved template: apply for one on the Templates page.</source>
        <translation>没有审核通过的模板：请在“模板”页申请。</translation>
    </message>
    <message>
        <source>No approved signature for this template&apos;s messages: apply for one on the Signatures page.</source>
        <translation>没有可用于该模板短信的审核通过的签名：请在“签名”页申请。</translation>
    </message>
    <message numerus="yes">
        <source>Send to %Ln number(s)?</source>
        <translation>
            <numerusform>发送给 %Ln 个号码？</numerusform>
        </translation>
    </message>
    <message>
        <source>The service will bill %L1 segment(s).</source>
        <translation>服务将计费 %L1 条。</translation>
    </message>
    <message>
        <source>Sending starts at %1.</source>
        <translation>发送将于 %1 开始。</translation>
    </message>
    <message>
        <source>Send the campaign</source>
        <translation>发送群发任务</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Open a File…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <source>Use the Pasted List</source>
        <translation>使用粘贴的名单</translation>
    </message>
    <message>
        <source>Or paste numbers here, one a line (cells split by tab, comma or semicolon)</source>
        <translation>或在此粘贴号码，每行一个（各列用制表符、逗号或分号分隔）</translation>
    </message>
    <message>
        <source>Phone number column:</source>
        <translation>手机号码所在列：</translation>
    </message>
    <message>
        <source>Start at</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Import and Check</source>
        <translation>导入并检查</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Problems only</source>
        <translation>只看有问题的</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>发送…</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Found: a header</source>
        <translation>自动识别：表头</translation>
    </message>
    <message>
        <source>Found: a recipient</source>
        <translation>自动识别：收件人</translation>
    </message>
    <message>
        <source>Found: GB18030</source>
        <translation>自动识别：GB18030</translation>
    </message>
    <message>
        <source>Found: UTF-8</source>
        <translation>自动识别：UTF-8</translation>
    </message>
    <message>
        <source>Checking the rows again…</source>
        <translation>正在重新检查这些行…</translation>
    </message>
    <message>
        <source>Send These Again</source>
        <translation>重新发送这些行</translation>
    </message>
    <message>
        <source>None of these rows passes the checks yet: correct them in the table first.</source>
        <translation>这些行都还没有通过检查：请先在表格中改正。</translation>
    </message>
    <message numerus="yes">
        <source>Put %Ln row(s) back among those to send?</source>
        <translation>
            <numerusform>要将这 %Ln 行放回待发送吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %Ln row(s) again?</source>
        <translation>
            <numerusform>要重新发送这 %Ln 行吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Put Back</source>
        <translation>放回</translation>
    </message>
    <message>
        <source>Send Again</source>
        <translation>重新发送</translation>
    </message>
    <message>
        <source>First row:</source>
        <translation>第一行：</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>A header</source>
        <translation>表头</translation>
    </message>
    <message>
        <source>A recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>编码：</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>GB18030 (GBK)</source>
        <translation>GB18030（GBK）</translation>
    </message>
    <message>
        <source>Numbers without a country code are in:</source>
        <translation>无国家码的号码所属地区：</translation>
    </message>
    <message>
        <source>A two-letter region code, such as CN or HK</source>
        <translation>两个字母的地区代码，例如 CN 或 HK</translation>
    </message>
    <message>
        <source>Template parameters:</source>
        <translation>模板参数：</translation>
    </message>
    <message>
        <source>Template type</source>
        <translation>模板类型</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>通知短信</translation>
    </message>
    <message>
        <source>Marketing</source>
        <translation>营销短信</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>验证码短信</translation>
    </message>
    <message>
        <source>The service&apos;s list does not say what this template is for: it decides the verification-code rule and the hours marketing may be sent in.</source>
        <translation>服务返回的列表没有注明此模板的用途：用途决定验证码规则，以及营销短信可以发送的时段。</translation>
    </message>
    <message>
        <source>Send These Again…</source>
        <translation>重新发送这些行…</translation>
    </message>
</context>
<context>
    <name>sms::ui::CampaignListModel</name>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>Ready to send</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>正在发送</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Signature and template</source>
        <translation>签名和模板</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Not settled</source>
        <translation>未定</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>%1@%2</source>
        <translation>%1@%2</translation>
    </message>
    <message>
        <source>Sending from</source>
        <translation>发送方</translation>
    </message>
</context>
<context>
    <name>sms::ui::CampaignRunView</name>
    <message>
        <source>Campaign %1: %2</source>
        <translation>群发任务 %1：%2</translation>
    </message>
    <message>
        <source>Sent %L1 · accepted %L2 · refused %L3 · uncertain %L4 · remaining %L5</source>
        <translation>已发送 %L1 · 已受理 %L2 · 被拒绝 %L3 · 不确定 %L4 · 剩余 %L5</translation>
    </message>
    <message>
        <source>Waiting for the start time or the sending hours.</source>
        <translation>正在等待开始时间或允许发送的时段。</translation>
    </message>
    <message>
        <source>%L1 numbers a second · about %2 left</source>
        <translation>每秒 %L1 个号码 · 约剩 %2</translation>
    </message>
    <message>
        <source>Waiting for the requests on the way…</source>
        <translation>正在等待已发出的请求…</translation>
    </message>
    <message>
        <source>Paused.</source>
        <translation>已暂停。</translation>
    </message>
    <message>
        <source>Asking the service what became of the uncertain numbers…</source>
        <translation>正在向服务查询结果不确定的号码…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <source>Stopped: %L1 numbers not sent yet.</source>
        <translation>已停止：还有 %L1 个号码未发送。</translation>
    </message>
    <message>
        <source>Some numbers are uncertain: reconcile before sending them again.</source>
        <translation>有些号码的结果不确定：请先核对，再考虑重新发送。</translation>
    </message>
    <message>
        <source>Export the Refused Rows</source>
        <translation>导出被拒绝的行</translation>
    </message>
    <message>
        <source>campaign-%1-refused.csv</source>
        <translation>群发-%1-被拒绝.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>All Campaigns</source>
        <translation>全部群发任务</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation>核对</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Refusals by code</source>
        <translation>按错误码分组的拒绝</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>号码数</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>这是什么意思</translation>
    </message>
    <message>
        <source>Refused by pre-flight, not sent: %L1</source>
        <translation>未通过发送前检查、未发送：%L1</translation>
    </message>
    <message>
        <source>Resume Sending</source>
        <translation>继续发送</translation>
    </message>
    <message>
        <source>Edit These Rows</source>
        <translation>编辑这些行</translation>
    </message>
    <message>
        <source>Also sending this campaign: %1. The batches are shared out between you; none is sent twice.</source>
        <translation>同时在发送此群发任务的还有：%1。批次由你们分担，不会有批次被发送两次。</translation>
    </message>
</context>
<context>
    <name>sms::ui::CampaignsPage</name>
    <message>
        <source>New Campaign…</source>
        <translation>新建群发任务…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>All Campaigns</source>
        <translation>全部群发任务</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>sms::ui::ConnectionStatusBar</name>
    <message>
        <source>SANDBOX</source>
        <translation>沙箱</translation>
    </message>
    <message>
        <source>Working against the built-in sandbox: nothing is really sent.</source>
        <translation>正在使用内置沙箱：不会真正发出任何短信。</translation>
    </message>
    <message>
        <source>Sandbox mode: nothing is really sent</source>
        <translation>沙箱模式：不会真正发出任何短信</translation>
    </message>
    <message>
        <source>local sandbox</source>
        <translation>本机沙箱</translation>
    </message>
    <message>
        <source>Profile: %1 · %2 · %3</source>
        <translation>配置：%1 · %2 · %3</translation>
    </message>
    <message>
        <source>The keys of this profile are kept in memory for this session only.</source>
        <translation>此配置的密钥仅在本次会话中保存在内存里。</translation>
    </message>
    <message>
        <source>No profile</source>
        <translation>无配置</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>正在启动沙箱…</translation>
    </message>
    <message>
        <source>Reading keys from the keychain…</source>
        <translation>正在从钥匙串读取密钥…</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>正在检查连接…</translation>
    </message>
    <message>
        <source>Connected (keys for this session only)</source>
        <translation>已连接（密钥仅用于本次会话）</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>No keys for this profile</source>
        <translation>此配置没有密钥</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Clock off by %1</source>
        <translation>时钟偏差 %1</translation>
    </message>
    <message>
        <source>The service&apos;s clock differs from this computer&apos;s by %1. Requests signed with this clock may be refused.</source>
        <translation>服务器时钟与本机时钟相差 %1。按本机时钟签名的请求可能会被拒绝。</translation>
    </message>
    <message>
        <source>Clock corrected %1 (saved)</source>
        <translation>时钟已校正 %1（已保存）</translation>
    </message>
    <message>
        <source>Clock corrected %1</source>
        <translation>时钟已校正 %1</translation>
    </message>
    <message>
        <source>Requests are signed with this computer&apos;s time %1, to match the service&apos;s clock.</source>
        <translation>请求按本机时间 %1 签名，以与服务器时钟保持一致。</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>上次错误：%1</translation>
    </message>
    <message>
        <source>Last error: %1. Press Enter for what to do.</source>
        <translation>上次错误：%1。按 Enter 键查看处理办法。</translation>
    </message>
    <message>
        <source>Requests running: %1</source>
        <translation>进行中的请求：%1</translation>
    </message>
    <message>
        <source> · shared store %1</source>
        <translation> · 共享存储 %1</translation>
    </message>
</context>
<context>
    <name>sms::ui::ErrorCodeModel</name>
    <message>
        <source>%1, %2, code %3</source>
        <translation>%1，%2，错误码 %3</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
</context>
<context>
    <name>sms::ui::ErrorDictionaryDialog</name>
    <message>
        <source>%1 codes</source>
        <translation>%1 个错误码</translation>
    </message>
    <message>
        <source>%1 of %2 codes</source>
        <translation>%2 个错误码中的 %1 个</translation>
    </message>
    <message>
        <source>Error Code Dictionary</source>
        <translation>错误码词典</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>A code, part of one, or words in English or Chinese</source>
        <translation>错误码、错误码的一部分，或中英文关键词</translation>
    </message>
    <message>
        <source>Search error codes</source>
        <translation>搜索错误码</translation>
    </message>
    <message>
        <source>Error codes</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>&amp;Explain…</source>
        <translation>说明(&amp;E)…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
</context>
<context>
    <name>sms::ui::ErrorGuidanceDialog</name>
    <message>
        <source>What it means</source>
        <translation>这是什么意思</translation>
    </message>
    <message>
        <source>What to do now</source>
        <translation>现在该怎么做</translation>
    </message>
    <message>
        <source>When to retry</source>
        <translation>何时重试</translation>
    </message>
    <message>
        <source>Numbers in this group</source>
        <translation>本组号码</translation>
    </message>
    <message>
        <source>What the service said</source>
        <translation>服务返回的信息</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>消息：</translation>
    </message>
    <message>
        <source>RequestId:</source>
        <translation>RequestId：</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>接口：</translation>
    </message>
    <message>
        <source>Copy the RequestId to the clipboard</source>
        <translation>把 RequestId 复制到剪贴板</translation>
    </message>
    <message>
        <source>Clock corrected</source>
        <translation>时钟已校正</translation>
    </message>
    <message>
        <source>Copy code, message, RequestId, action, time and app version for a support ticket</source>
        <translation>复制错误码、消息、RequestId、接口、时间和应用版本，用于提交工单</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Failures grouped by code</source>
        <translation>按错误码分组的失败</translation>
    </message>
    <message>
        <source>Message from the service</source>
        <translation>服务返回的消息</translation>
    </message>
    <message>
        <source>RequestId</source>
        <translation>RequestId</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>处理建议</translation>
    </message>
    <message>
        <source>Copy RequestId</source>
        <translation>复制 RequestId</translation>
    </message>
    <message>
        <source>Refused numbers: %1 · Reasons: %2</source>
        <translation>被拒号码：%1 · 原因：%2 种</translation>
    </message>
    <message>
        <source>Failed requests: %1 · Reasons: %2</source>
        <translation>失败请求：%1 · 原因：%2 种</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>已受理：%1</translation>
    </message>
    <message>
        <source>Select a reason to see what to do.</source>
        <translation>选择一种原因，查看处理办法。</translation>
    </message>
    <message>
        <source>%1, code %2, %3 failures</source>
        <translation>%1，错误码 %2，失败 %3 次</translation>
    </message>
    <message>
        <source>%1 - SMS Console</source>
        <translation>%1 - SMS Console</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>（无错误码）</translation>
    </message>
    <message>
        <source>Error code %1</source>
        <translation>错误码 %1</translation>
    </message>
    <message>
        <source>SMS Console does not know the code &quot;%1&quot; yet. The general guidance is shown; the service&apos;s own message below says more.</source>
        <translation>SMS Console 还不认识错误码“%1”。下面显示的是通用建议；下方服务返回的消息会说明更多。</translation>
    </message>
    <message>
        <source>SMS Console does not know the code &quot;%1&quot; yet. The guidance for the wider group &quot;%2&quot; is shown; the service&apos;s own message below says more.</source>
        <translation>SMS Console 还不认识错误码“%1”。下面显示的是所属大类“%2”的建议；下方服务返回的消息会说明更多。</translation>
    </message>
    <message>
        <source>This request may have reached the service and been carried out. Check the send records before repeating it, or recipients may get the message twice.</source>
        <translation>该请求可能已到达服务并被执行。重复发送前请先查看发送记录，否则收信人可能会收到两次短信。</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>第 %1 步：%2</translation>
    </message>
    <message>
        <source>Measured: the service&apos;s clock is %1 ahead of this computer&apos;s clock.</source>
        <translation>测得：服务器时钟比本机时钟快 %1。</translation>
    </message>
    <message>
        <source>Measured: the service&apos;s clock is %1 behind this computer&apos;s clock.</source>
        <translation>测得：服务器时钟比本机时钟慢 %1。</translation>
    </message>
    <message>
        <source>Measured: this computer&apos;s clock agrees with the service&apos;s.</source>
        <translation>测得：本机时钟与服务器时钟一致。</translation>
    </message>
    <message>
        <source>SMS Console now signs requests with the service&apos;s time; send the request again.</source>
        <translation>SMS Console 现在按服务器时间签名请求，请重新发送。</translation>
    </message>
    <message>
        <source>The offset could not be measured. Compare this computer&apos;s clock with an accurate time source.</source>
        <translation>无法测出时间偏差。请将本机时钟与准确的时间源进行比对。</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>等，另有 %1 个</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>（无消息）</translation>
    </message>
    <message>
        <source>none: the service did not answer this request</source>
        <translation>无：服务没有应答此请求</translation>
    </message>
    <message>
        <source>The counter resets in %1 (00:00 Beijing time).</source>
        <translation>计数将在 %1 后重置（北京时间 00:00）。</translation>
    </message>
    <message>
        <source>Marketing messages may go out again in %1 (08:00 Beijing time).</source>
        <translation>营销短信将在 %1 后可以再次发送（北京时间 08:00）。</translation>
    </message>
    <message>
        <source>You can retry in %1.</source>
        <translation>%1 后可以重试。</translation>
    </message>
    <message>
        <source>Retry in %1</source>
        <translation>%1 后重试</translation>
    </message>
    <message>
        <source>You can retry now.</source>
        <translation>现在可以重试。</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>复制(&amp;P)</translation>
    </message>
    <message>
        <source>Correct the &amp;Clock</source>
        <translation>校正时钟(&amp;C)</translation>
    </message>
    <message>
        <source>Open Pro&amp;files</source>
        <translation>打开配置管理(&amp;F)</translation>
    </message>
    <message>
        <source>Open Si&amp;gnatures</source>
        <translation>打开签名(&amp;G)</translation>
    </message>
    <message>
        <source>Open &amp;Templates</source>
        <translation>打开模板(&amp;T)</translation>
    </message>
    <message>
        <source>Copy &amp;Details</source>
        <translation>复制详情(&amp;D)</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>关闭(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Edit Campaign Rows</source>
        <translation>编辑群发名单(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Edit Refused Rows (%1)</source>
        <translation>编辑被拒绝的行（%1）(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>重试(&amp;R)</translation>
    </message>
</context>
<context>
    <name>sms::ui::HistoryPage</name>
    <message>
        <source>Campaign %1</source>
        <translation>群发任务 %1</translation>
    </message>
    <message>
        <source>Select a send to see everything known about it: the request, its delivery receipt, replies from the number, and what to do about a failure.</source>
        <translation>选择一条发送记录，查看与它有关的全部信息：请求、回执、该号码的回复，以及失败时的处理办法。</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>Number as given</source>
        <translation>输入的号码</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>群发任务</translation>
    </message>
    <message>
        <source>Single message</source>
        <translation>单条发送</translation>
    </message>
    <message>
        <source>Sent elsewhere</source>
        <translation>其他途径发送</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>SmsSdkAppId</source>
        <translation>SmsSdkAppId</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>SerialNo</source>
        <translation>SerialNo</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>计费条数</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>RequestId</source>
        <translation>RequestId</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>SessionContext</source>
        <translation>SessionContext</translation>
    </message>
    <message>
        <source>Delivery receipt</source>
        <translation>回执</translation>
    </message>
    <message>
        <source>No receipt arrived, and none is to be expected any more: whether the handset got the message is unknown.</source>
        <translation>没有收到回执，今后也不会再有：手机是否收到该短信未知。</translation>
    </message>
    <message>
        <source>None: the number was refused, nothing was sent to it.</source>
        <translation>无：该号码被拒绝，没有向它发送任何内容。</translation>
    </message>
    <message>
        <source>None yet. Receipts are pulled in the background and show here as they arrive.</source>
        <translation>暂无。回执在后台拉取，到达后会显示在这里。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Received by the handset</source>
        <translation>手机接收时间</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Replies from this number</source>
        <translation>该号码的回复</translation>
    </message>
    <message>
        <source>What happened: %1</source>
        <translation>发生了什么：%1</translation>
    </message>
    <message>
        <source>The carrier reported this failure in the delivery receipt. Check the number with its owner; a number that fails again should leave your lists.</source>
        <translation>运营商在回执中报告了此失败。请向号码机主核实该号码；再次失败的号码应从您的名单中移除。</translation>
    </message>
    <message>
        <source>Nothing failed today.</source>
        <translation>今天没有失败的发送。</translation>
    </message>
    <message>
        <source>Failed today: %1. Click a code to see its rows.</source>
        <translation>今天失败：%1。点击错误码可查看对应的记录。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>No sends yet. Every message sent from a campaign, with Send a Message…, or found at the service for a number shows here with its delivery receipt.</source>
        <translation>还没有发送记录。通过群发任务或“发送短信…”发出的每条短信，以及在服务中查到的某个号码的短信，都会连同回执显示在这里。</translation>
    </message>
    <message>
        <source>No sends match these filters.</source>
        <translation>没有符合这些筛选条件的发送记录。</translation>
    </message>
    <message>
        <source>Sends: %1</source>
        <translation>发送记录：%1</translation>
    </message>
    <message>
        <source>Sends shown: %1, more as you scroll</source>
        <translation>已显示 %1 条发送记录，滚动可加载更多</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Export the Sends</source>
        <translation>导出发送记录</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>%1 rows written</source>
        <translation>已写入 %1 行</translation>
    </message>
    <message>
        <source>Exported %1 sends to %2.</source>
        <translation>已将 %1 条发送记录导出到 %2。</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>导出已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>The export to %1 failed: %2</source>
        <translation>导出到 %1 失败：%2</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>号码(&amp;N)：</translation>
    </message>
    <message>
        <source>+8613800138000</source>
        <translation>+8613800138000</translation>
    </message>
    <message>
        <source>Starts with</source>
        <translation>前缀匹配</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>截止(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>Failed only</source>
        <translation>只看失败</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Cam&amp;paign:</source>
        <translation>群发任务(&amp;P)：</translation>
    </message>
    <message>
        <source>Temp&amp;late ID:</source>
        <translation>模板 ID(&amp;L)：</translation>
    </message>
    <message>
        <source>S&amp;ignature:</source>
        <translation>签名(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>错误码(&amp;C)：</translation>
    </message>
    <message>
        <source>e.g. MK:0001</source>
        <translation>例如 MK:0001</translation>
    </message>
    <message>
        <source>&amp;App ID:</source>
        <translation>应用 ID(&amp;A)：</translation>
    </message>
    <message>
        <source>Send a Message…</source>
        <translation>发送短信…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Explain the Code…</source>
        <translation>说明错误码…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>What Went Wrong Today</source>
        <translation>今日失败原因</translation>
    </message>
    <message>
        <source>Sends</source>
        <translation>发送数</translation>
    </message>
    <message>
        <source>Code and what it means</source>
        <translation>错误码及其含义</translation>
    </message>
    <message>
        <source>The service had %1 send records for %2: %3 sends and %4 receipts were new to this history.</source>
        <translation>服务上有 %2 的 %1 条发送记录：其中 %3 条发送和 %4 条回执是本机发送记录中原来没有的。</translation>
    </message>
    <message>
        <source>&amp;Look Up at the Service</source>
        <translation>向服务查询(&amp;L)</translation>
    </message>
    <message>
        <source>Ask the service what it knows of this number: sends made by another tool and receipts not pulled yet are added to the history. The service keeps send records for a few days only.</source>
        <translation>向服务查询这个号码的记录：其他工具发出的短信和尚未拉取的回执会补进发送记录。服务只保留几天内的发送记录。</translation>
    </message>
</context>
<context>
    <name>sms::ui::HistoryTableModel</name>
    <message>
        <source>Single message</source>
        <translation>单条发送</translation>
    </message>
    <message>
        <source>Sent elsewhere</source>
        <translation>其他途径发送</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>错误码</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>SerialNo</source>
        <translation>SerialNo</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>群发任务</translation>
    </message>
</context>
<context>
    <name>sms::ui::MainWindow</name>
    <message>
        <source>SMS Console</source>
        <translation>SMS Console</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Switch Profile</source>
        <translation>切换配置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>配置管理(&amp;P)…</translation>
    </message>
    <message>
        <source>Add, edit and remove accounts, and choose the active one.</source>
        <translation>添加、编辑和删除账号，并选择当前使用的账号。</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Check Connection</source>
        <translation>检查连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About SMS Console</source>
        <translation>关于 SMS Console(&amp;A)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>当前页面</translation>
    </message>
    <message>
        <source>Pages and content</source>
        <translation>页面与内容</translation>
    </message>
    <message>
        <source>&amp;Add a Real Account…</source>
        <translation>添加真实账号(&amp;A)…</translation>
    </message>
    <message>
        <source>Sign with &amp;Corrected Time</source>
        <translation>按校正后的时间签名(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Remember for This Profile</source>
        <translation>为此配置记住(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;What to Do…</source>
        <translation>处理办法(&amp;W)…</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>群发任务</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>History</source>
        <translation>发送记录</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>统计</translation>
    </message>
    <message>
        <source>Compose a campaign: pick an approved signature and template, import recipients with their parameters, check length and cost per row, and send in batches with progress, pause and resume.</source>
        <translation>编排群发任务：选择已通过审核的签名和模板，导入收信人及其参数，逐行检查长度和费用，然后分批发送，可查看进度、暂停和继续。</translation>
    </message>
    <message>
        <source>Your SMS signatures with their review status and the reviewer&apos;s reply; add, change and delete them.</source>
        <translation>您的短信签名及其审核状态和审核意见；可添加、修改和删除。</translation>
    </message>
    <message>
        <source>Your message templates with their review status and the reviewer&apos;s reply; add, change and delete them.</source>
        <translation>您的短信模板及其审核状态和审核意见；可添加、修改和删除。</translation>
    </message>
    <message>
        <source>Every message sent, with its delivery receipt and replies, kept on this computer; filter by number, campaign, date and status.</source>
        <translation>保存在本机的每条已发短信，含回执和用户回复；可按号码、群发任务、日期和状态筛选。</translation>
    </message>
    <message>
        <source>Sends, deliveries and package usage over time.</source>
        <translation>发送量、送达量和套餐包用量随时间的变化。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — SMS Console</source>
        <translation>%1 — SMS Console</translation>
    </message>
    <message>
        <source>You are working in the sandbox — nothing is really sent. Signatures, templates and messages here are simulated on this computer, so you can try everything safely.</source>
        <translation>您正在使用沙箱——不会真正发出任何短信。这里的签名、模板和短信都在本机模拟，可以放心尝试各项功能。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 behind the service&apos;s. The service refuses requests signed more than 5 minutes off; SMS Console can sign with the corrected time instead.</source>
        <translation>本机时钟比服务器慢 %1。服务会拒绝签名时间偏差超过 5 分钟的请求；SMS Console 可以改用校正后的时间签名。</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 ahead of the service&apos;s. The service refuses requests signed more than 5 minutes off; SMS Console can sign with the corrected time instead.</source>
        <translation>本机时钟比服务器快 %1。服务会拒绝签名时间偏差超过 5 分钟的请求；SMS Console 可以改用校正后的时间签名。</translation>
    </message>
    <message>
        <source>Requests are now signed with the corrected time (%1) for this session. Remember it to keep it for this profile, or set this computer&apos;s clock right.</source>
        <translation>本次会话中的请求现在按校正后的时间（%1）签名。可以为此配置记住该校正，或者把本机时钟调准。</translation>
    </message>
    <message>
        <source>The clock correction (%1) is saved in this profile and used from now on.</source>
        <translation>时钟校正（%1）已保存到此配置，今后将一直使用。</translation>
    </message>
    <message>
        <source>The built-in sandbox could not start: %1</source>
        <translation>内置沙箱无法启动：%1</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>SMS Console could not read the keys of profile “%1” from the system keychain, so nothing can be sent with it yet.</source>
        <translation>SMS Console 无法从系统钥匙串读取配置“%1”的密钥，因此暂时无法用它发送任何内容。</translation>
    </message>
    <message>
        <source>Open &amp;Profiles…</source>
        <translation>打开配置管理(&amp;P)…</translation>
    </message>
    <message>
        <source>%1 — SMS Console (nothing is really sent)</source>
        <translation>%1 — SMS Console（不会真正发出任何短信）</translation>
    </message>
    <message>
        <source>&amp;Explain Last Error…</source>
        <translation>说明上一个错误(&amp;E)…</translation>
    </message>
    <message>
        <source>Error Code &amp;Dictionary…</source>
        <translation>错误码词典(&amp;D)…</translation>
    </message>
    <message>
        <source>Look up any error code by code or by words, in English or Chinese.</source>
        <translation>按错误码或中英文关键词查找任意错误码。</translation>
    </message>
    <message>
        <source>The connection check of profile “%1” failed: %2.</source>
        <translation>配置“%1”的连接检查失败：%2。</translation>
    </message>
    <message>
        <source>Checking the connection of profile “%1”…</source>
        <translation>正在检查配置“%1”的连接…</translation>
    </message>
    <message>
        <source>Connected: profile “%1” reaches the service and its keys work.</source>
        <translation>已连接：配置“%1”能访问服务，密钥有效。</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>查看(&amp;O)</translation>
    </message>
</context>
<context>
    <name>sms::ui::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>关闭此消息</translation>
    </message>
</context>
<context>
    <name>sms::ui::PlaceholderPage</name>
    <message>
        <source>This page arrives in a later version. Nothing on it works yet.</source>
        <translation>此页面将在后续版本中提供，目前还不能使用。</translation>
    </message>
</context>
<context>
    <name>sms::ui::ProfileForm</name>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Secret&amp;Id:</source>
        <translation>SecretId(&amp;I)：</translation>
    </message>
    <message>
        <source>Secret&amp;Key:</source>
        <translation>SecretKey(&amp;K)：</translation>
    </message>
    <message>
        <source>App IDs:</source>
        <translation>应用 ID：</translation>
    </message>
    <message>
        <source>Regi&amp;on:</source>
        <translation>地域(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>接入地址(&amp;E)：</translation>
    </message>
    <message>
        <source>Server &amp;messages:</source>
        <translation>服务端消息(&amp;M)：</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>配置名称</translation>
    </message>
    <message>
        <source>For example: Production</source>
        <translation>例如：生产环境</translation>
    </message>
    <message>
        <source>SecretId</source>
        <translation>SecretId</translation>
    </message>
    <message>
        <source>SecretKey</source>
        <translation>SecretKey</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>隐藏(&amp;H)</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>显示(&amp;H)</translation>
    </message>
    <message>
        <source>Hide the SecretKey</source>
        <translation>隐藏 SecretKey</translation>
    </message>
    <message>
        <source>Show the SecretKey</source>
        <translation>显示 SecretKey</translation>
    </message>
    <message>
        <source>The SecretId and SecretKey are kept only in the system keychain, never in a file. Create them in the cloud console under API key management.</source>
        <translation>SecretId 和 SecretKey 只保存在系统钥匙串中，从不写入文件。请在云控制台的 API 密钥管理中创建。</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>接入地址</translation>
    </message>
    <message>
        <source>The service&apos;s address. Plain http:// is accepted only for this computer (loopback), so keys never cross a network unencrypted.</source>
        <translation>服务的地址。明文 http:// 仅限本机（环回地址）使用，以免密钥未经加密在网络上传输。</translation>
    </message>
    <message>
        <source>Language of the service&apos;s messages</source>
        <translation>服务返回消息的语言</translation>
    </message>
    <message>
        <source>Same as the interface</source>
        <translation>与界面相同</translation>
    </message>
    <message>
        <source>Clock correction:</source>
        <translation>时钟校正：</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>清除(&amp;F)</translation>
    </message>
    <message>
        <source>Forget the clock correction</source>
        <translation>清除时钟校正</translation>
    </message>
    <message>
        <source>The built-in sandbox simulates the SMS service on this computer. Nothing is really sent, and it needs no keys of yours.</source>
        <translation>内置沙箱在本机模拟短信服务。不会真正发出任何短信，也不需要您的密钥。</translation>
    </message>
    <message>
        <source>Made by the sandbox</source>
        <translation>由沙箱生成</translation>
    </message>
    <message>
        <source>Chosen when the sandbox starts</source>
        <translation>沙箱启动时自动确定</translation>
    </message>
    <message>
        <source>Reading from the keychain…</source>
        <translation>正在从钥匙串读取…</translation>
    </message>
    <message>
        <source>These keys are kept in memory for this session only; save them again once the system keychain works.</source>
        <translation>这些密钥仅在本次会话中保存在内存里；系统钥匙串恢复正常后，请重新保存。</translation>
    </message>
    <message>
        <source>No keys are saved for this profile yet. Enter them and save.</source>
        <translation>此配置尚未保存密钥。请填写后保存。</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新配置</translation>
    </message>
    <message>
        <source>Enter the endpoint as a web address, such as %1.</source>
        <translation>请以网址形式填写接入地址，例如 %1。</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>请为配置填写名称。</translation>
    </message>
    <message>
        <source>A profile name cannot contain / or \ or invisible characters, and has at most 100 characters.</source>
        <translation>配置名称不能包含 /、\ 或不可见字符，且最多 100 个字符。</translation>
    </message>
    <message>
        <source>There is already a profile named “%1”.</source>
        <translation>已存在名为“%1”的配置。</translation>
    </message>
    <message>
        <source>Enter both the SecretId and the SecretKey of an API key.</source>
        <translation>请同时填写 API 密钥的 SecretId 和 SecretKey。</translation>
    </message>
    <message>
        <source>Choose a region, such as ap-guangzhou.</source>
        <translation>请选择地域，例如 ap-guangzhou。</translation>
    </message>
    <message>
        <source>%1 (signing time is corrected to match the service)</source>
        <translation>%1（签名时间已按服务器时钟校正）</translation>
    </message>
    <message>
        <source>The SecretKey has spaces or line breaks inside it. API keys never do: copy it again from the cloud console&apos;s API key page.</source>
        <translation>SecretKey 中间含有空格或换行，而 API 密钥中从不会出现这些字符：请从云控制台的 API 密钥页面重新复制。</translation>
    </message>
    <message>
        <source>The SecretId has spaces or line breaks inside it. API keys never do: copy it again from the cloud console&apos;s API key page.</source>
        <translation>SecretId 中间含有空格或换行，而 API 密钥中从不会出现这些字符：请从云控制台的 API 密钥页面重新复制。</translation>
    </message>
    <message>
        <source>Removed spaces around the SecretKey — a common cause of AuthFailure.SignatureFailure.</source>
        <translation>已去掉 SecretKey 首尾的空格——这是导致 AuthFailure.SignatureFailure 的常见原因。</translation>
    </message>
    <message>
        <source>Removed spaces around the SecretId — a common cause of AuthFailure.SecretIdNotFound.</source>
        <translation>已去掉 SecretId 首尾的空格——这是导致 AuthFailure.SecretIdNotFound 的常见原因。</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <source>Shared store</source>
        <translation>共享存储</translation>
    </message>
    <message>
        <source>A team shares one history, opt-out list and campaign journal in a PostgreSQL database. Leave the URL empty to keep this profile&apos;s history in a file on this computer.</source>
        <translation>团队在一个 PostgreSQL 数据库中共用发送记录、退订名单和群发日志。URL 留空则把此配置的记录保存在本机的文件中。</translation>
    </message>
    <message>
        <source>Shared store URL</source>
        <translation>共享存储 URL</translation>
    </message>
    <message>
        <source>postgresql://user@host:port/database, with ?sslmode=verify-full for a server across a network. Never a password here.</source>
        <translation>postgresql://用户@主机:端口/数据库；经网络连接服务器时加上 ?sslmode=verify-full。这里不能写密码。</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Shared store password</source>
        <translation>共享存储密码</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a file. Leave it empty to use libpq&apos;s password file (~/.pgpass).</source>
        <translation>保存在系统钥匙串中，不会写入文件。留空则使用 libpq 的密码文件（~/.pgpass）。</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Test Co&amp;nnection</source>
        <translation>测试连接(&amp;N)</translation>
    </message>
    <message>
        <source>Test the connection to the shared store</source>
        <translation>测试与共享存储的连接</translation>
    </message>
    <message>
        <source>This shared store URL cannot be used: %1.</source>
        <translation>此共享存储 URL 无法使用：%1。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>Connected to %1 (PostgreSQL %2). The database is empty: SMS Console creates its tables there when the profile is first used.</source>
        <translation>已连接 %1（PostgreSQL %2）。该数据库是空的：首次使用此配置时，SMS Console 会在其中建表。</translation>
    </message>
    <message>
        <source>Connected to %1 (PostgreSQL %2). It holds a shared store, schema version %3.</source>
        <translation>已连接 %1（PostgreSQL %2）。其中已有共享存储，结构版本 %3。</translation>
    </message>
    <message>
        <source>Connected to %1 (PostgreSQL %2). It holds a shared store.</source>
        <translation>已连接 %1（PostgreSQL %2）。其中已有共享存储。</translation>
    </message>
    <message>
        <source>Connected to %1, but its store was written by a newer SMS Console (schema version %2): update this one before using it.</source>
        <translation>已连接 %1，但其存储由更新版本的 SMS Console 写入（结构版本 %2）：请先升级本程序再使用。</translation>
    </message>
</context>
<context>
    <name>sms::ui::ProfilesDialog</name>
    <message>
        <source>Profiles</source>
        <translation>配置管理</translation>
    </message>
    <message>
        <source>&amp;Profiles:</source>
        <translation>配置(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>添加配置</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the selected profile</source>
        <translation>删除选中的配置</translation>
    </message>
    <message>
        <source>Use for This &amp;Session Only</source>
        <translation>仅用于本次会话(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;What to Do…</source>
        <translation>处理办法(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Lists signatures with the values in the form, without saving them.</source>
        <translation>用表单中填写的值查询签名列表，不会保存这些值。</translation>
    </message>
    <message>
        <source>&amp;Use This Profile</source>
        <translation>使用此配置(&amp;U)</translation>
    </message>
    <message>
        <source>Discard Chan&amp;ges</source>
        <translation>放弃更改(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>%1 (active)</source>
        <translation>%1（当前）</translation>
    </message>
    <message>
        <source>Reading the keys from the system keychain…</source>
        <translation>正在从系统钥匙串读取密钥…</translation>
    </message>
    <message>
        <source>The keys cannot be read from the system keychain: %1</source>
        <translation>无法从系统钥匙串读取密钥：%1</translation>
    </message>
    <message>
        <source>The profile could not be renamed to “%1”.</source>
        <translation>无法将配置重命名为“%1”。</translation>
    </message>
    <message>
        <source>The settings file could not be written: %1</source>
        <translation>无法写入设置文件：%1</translation>
    </message>
    <message>
        <source>Moving the keys in the system keychain…</source>
        <translation>正在系统钥匙串中迁移密钥…</translation>
    </message>
    <message>
        <source>Saving the keys in the system keychain…</source>
        <translation>正在把密钥保存到系统钥匙串…</translation>
    </message>
    <message>
        <source>The keys were not saved: %1 Nothing was written to a file. You can use them for this session only; they are forgotten when SMS Console quits.</source>
        <translation>密钥未保存：%1 没有任何内容被写入文件。您可以仅在本次会话中使用这些密钥；SMS Console 退出后即被清除。</translation>
    </message>
    <message>
        <source>Saved. The keys are in the system keychain.</source>
        <translation>已保存。密钥已存入系统钥匙串。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>The keys are kept in memory for this session only. They are forgotten when SMS Console quits; save them again once the system keychain works.</source>
        <translation>密钥仅在本次会话中保存在内存里，SMS Console 退出后即被清除；系统钥匙串恢复正常后，请重新保存。</translation>
    </message>
    <message>
        <source>“%1” is now the active profile.</source>
        <translation>“%1”现在是当前配置。</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>删除配置</translation>
    </message>
    <message>
        <source>Remove the profile “%1”?</source>
        <translation>要删除配置“%1”吗？</translation>
    </message>
    <message>
        <source>Its keys are removed from the system keychain too. Messages already sent are not affected.</source>
        <translation>其密钥也会从系统钥匙串中删除。已发送的短信不受影响。</translation>
    </message>
    <message>
        <source>Removing the keys from the system keychain…</source>
        <translation>正在从系统钥匙串删除密钥…</translation>
    </message>
    <message>
        <source>The profile “%1” and its keys were removed.</source>
        <translation>配置“%1”及其密钥已删除。</translation>
    </message>
    <message>
        <source>The profile “%1” was removed, but its keys could not be removed from the system keychain: %2</source>
        <translation>配置“%1”已删除，但无法从系统钥匙串中删除其密钥：%2</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The profile “%1” has unsaved changes.</source>
        <translation>配置“%1”有未保存的更改。</translation>
    </message>
    <message>
        <source>Save them before going on?</source>
        <translation>继续之前要先保存吗？</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>正在启动沙箱…</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>沙箱无法启动：%1</translation>
    </message>
    <message>
        <source>Enter the SecretId and SecretKey to test them.</source>
        <translation>请填写 SecretId 和 SecretKey 后再测试。</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>正在测试与 %1 的连接…</translation>
    </message>
    <message>
        <source>The connection works: %1 accepted the keys (region %2).</source>
        <translation>连接正常：%1 接受了这组密钥（地域 %2）。</translation>
    </message>
    <message>
        <source>The test failed: %1 (%2).</source>
        <translation>测试失败：%1（%2）。</translation>
    </message>
    <message>
        <source>The keys could not be moved to the new name in the system keychain: %1</source>
        <translation>无法在系统钥匙串中把密钥移到新名称下：%1</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>The shared store&apos;s password cannot be read from the system keychain: %1</source>
        <translation>无法从系统钥匙串读取共享存储的密码：%1</translation>
    </message>
    <message>
        <source>Saving the shared store&apos;s password in the system keychain…</source>
        <translation>正在把共享存储的密码保存到系统钥匙串…</translation>
    </message>
    <message>
        <source>The shared store&apos;s password was not saved: %1 Nothing was written to a file; libpq&apos;s password file (~/.pgpass) can hold it.</source>
        <translation>共享存储的密码未能保存：%1 没有写入任何文件；可以把它放在 libpq 的密码文件（~/.pgpass）中。</translation>
    </message>
</context>
<context>
    <name>sms::ui::RecipientModel</name>
    <message>
        <source>To send</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>正在发送</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <source>Uncertain</source>
        <translation>不确定</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>sms::ui::ReviewNotifier</name>
    <message>
        <source>%1 approved</source>
        <translation>%1 已通过审核</translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>%1 未通过审核</translation>
    </message>
    <message>
        <source>%1 rejected: %2</source>
        <translation>%1 未通过审核：%2</translation>
    </message>
    <message>
        <source>SMS Console</source>
        <translation>SMS Console</translation>
    </message>
</context>
<context>
    <name>sms::ui::ReviewPage</name>
    <message>
        <source>%1 failed: %2.</source>
        <translation>%1 失败：%2。</translation>
    </message>
    <message>
        <source>The latest request failed: %1.</source>
        <translation>最近一次请求失败：%1。</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Modify…</source>
        <translation>修改(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Load the list again from the service (%1)</source>
        <translation>从服务重新加载列表（%1）</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Search by name</source>
        <translation>按名称搜索</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>正在加载</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>&amp;Explain…</source>
        <translation>说明(&amp;E)…</translation>
    </message>
    <message>
        <source>What to &amp;Change…</source>
        <translation>需要修改什么(&amp;C)…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>The latest refresh failed; the list shows what was loaded at %1.</source>
        <translation>最近一次刷新失败；列表显示的是 %1 加载的内容。</translation>
    </message>
    <message>
        <source>Change %1 and submit it for review again</source>
        <translation>修改%1并重新提交审核</translation>
    </message>
    <message>
        <source>the selected row</source>
        <translation>所选行</translation>
    </message>
    <message>
        <source>Delete %1 for good</source>
        <translation>永久删除%1</translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation>选择一行以查看详情。</translation>
    </message>
    <message>
        <source>Nothing matches the filter.</source>
        <translation>没有符合筛选条件的记录。</translation>
    </message>
    <message>
        <source>Show &amp;All</source>
        <translation>显示全部(&amp;A)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>The list could not be loaded.</source>
        <translation>无法加载列表。</translation>
    </message>
    <message>
        <source>Nothing is loaded yet: the list loads when a profile is connected.</source>
        <translation>尚未加载任何内容：连接配置后会加载列表。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>删除%1？</translation>
    </message>
    <message>
        <source>It is deleted from the service for good; this cannot be undone.</source>
        <translation>它将从服务中永久删除，无法撤销。</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
</context>
<context>
    <name>sms::ui::ReviewTableModel</name>
    <message>
        <source>%1 (code %2)</source>
        <translation>%1（代码 %2）</translation>
    </message>
    <message>
        <source>Not in the service&apos;s list: known only for what was applied for from this console.</source>
        <translation>服务返回的列表中没有此项：只有通过本控制台申请的记录才知道。</translation>
    </message>
</context>
<context>
    <name>sms::ui::SendingChoices</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>SmsSdkAppId</source>
        <translation>SmsSdkAppId</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>None: sent as written</source>
        <translation>无：按原文发送</translation>
    </message>
    <message>
        <source>for %1 messages</source>
        <translation>用于%1的短信</translation>
    </message>
</context>
<context>
    <name>sms::ui::SignatureForm</name>
    <message>
        <source>Modify Signature</source>
        <translation>修改签名</translation>
    </message>
    <message>
        <source>Add Signature</source>
        <translation>添加签名</translation>
    </message>
    <message>
        <source>Change what the reviewer asked for and submit the signature for review again. Choose the images again: they are not kept after a submission.</source>
        <translation>按审核意见修改后重新提交签名审核。请重新选择图片：提交后不会保留图片。</translation>
    </message>
    <message>
        <source>The signature is the name in 【】 at the start of every message. It is reviewed by the service, usually within a few hours on working days.</source>
        <translation>签名是每条短信开头【】中的名称。服务会审核签名，工作日通常几小时内完成。</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>2 to 12 Chinese characters, letters or digits</source>
        <translation>2 到 12 个汉字、字母或数字</translation>
    </message>
    <message>
        <source>&amp;Market:</source>
        <translation>范围(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Proof document:</source>
        <translation>证明材料(&amp;P)：</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>用途(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Qualification ID:</source>
        <translation>资质 ID(&amp;Q)：</translation>
    </message>
    <message>
        <source>The approved company documents it is applied under</source>
        <translation>申请所依据的、已审核通过的企业证件</translation>
    </message>
    <message>
        <source>&amp;Remark:</source>
        <translation>备注(&amp;R)：</translation>
    </message>
    <message>
        <source>Optional: anything that helps the reviewer</source>
        <translation>可选：有助于审核的任何说明</translation>
    </message>
    <message>
        <source>Proof image</source>
        <translation>证明材料图片</translation>
    </message>
    <message>
        <source>Authorization letter</source>
        <translation>授权书</translation>
    </message>
    <message>
        <source>C&amp;hoose Proof…</source>
        <translation>选择证明材料(&amp;H)…</translation>
    </message>
    <message>
        <source>Choose &amp;Letter…</source>
        <translation>选择授权书(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Explain…</source>
        <translation>说明(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Submit for Review</source>
        <translation>提交审核(&amp;S)</translation>
    </message>
    <message>
        <source>No image chosen</source>
        <translation>未选择图片</translation>
    </message>
    <message>
        <source>Only a signature for another party needs its letter.</source>
        <translation>只有他用签名需要授权书。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before submitting</source>
        <translation>
            <numerusform>提交前还有 %n 个问题需要改正</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the Authorization Letter</source>
        <translation>选择授权书</translation>
    </message>
    <message>
        <source>Choose the Proof Image</source>
        <translation>选择证明材料图片</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png)</source>
        <translation>图片 (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation>%1（%2 KB）</translation>
    </message>
    <message>
        <source>This file does not open as an image.</source>
        <translation>此文件无法作为图片打开。</translation>
    </message>
    <message>
        <source>The service did not take the application: %1.</source>
        <translation>服务未接受此申请：%1。</translation>
    </message>
    <message>
        <source>The application was not sent: %1</source>
        <translation>申请未发送：%1</translation>
    </message>
</context>
<context>
    <name>sms::ui::SignatureModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Reviewer&apos;s reply</source>
        <translation>审核回复</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>sms::ui::SignaturesPage</name>
    <message>
        <source>Signature 【%1】</source>
        <translation>签名【%1】</translation>
    </message>
    <message>
        <source>Signature %1</source>
        <translation>签名 %1</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Reviewer&apos;s reply:</source>
        <translation>审核回复：</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID：</translation>
    </message>
    <message>
        <source>Market:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Proof document:</source>
        <translation>证明材料：</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>用途：</translation>
    </message>
    <message>
        <source>Qualification:</source>
        <translation>资质：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Remark:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>Applied for outside this console: the service does not list its type, proof document and purpose.</source>
        <translation>不是通过本控制台申请的：服务的列表不提供它的类型、证明材料和用途。</translation>
    </message>
    <message>
        <source>No signatures yet. Add one: every message starts with an approved signature.</source>
        <translation>还没有签名。请添加一个：每条短信都以审核通过的签名开头。</translation>
    </message>
    <message>
        <source>Search signatures by name</source>
        <translation>按名称搜索签名</translation>
    </message>
    <message>
        <source>Apply for a new signature</source>
        <translation>申请新签名</translation>
    </message>
</context>
<context>
    <name>sms::ui::SingleSendDialog</name>
    <message>
        <source>Choose an approved template.</source>
        <translation>请选择一个已通过的模板。</translation>
    </message>
    <message>
        <source>Type the number to send to.</source>
        <translation>请输入接收短信的号码。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Not connected: choose a profile that works first.</source>
        <translation>未连接：请先选择一个可用的配置。</translation>
    </message>
    <message>
        <source>Ready to send.</source>
        <translation>可以发送。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message numerus="yes">
        <source>Accepted by the service: SerialNo %1, %n segment(s) billed. Its delivery receipt shows in the history when it arrives.</source>
        <translation>
            <numerusform>服务已受理：SerialNo %1，计费 %n 条。回执到达后会显示在发送记录中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Refused: %1 (%2)</source>
        <translation>被拒绝：%1（%2）</translation>
    </message>
    <message>
        <source>The answer was lost: the message may have been sent. Reconcile it on the Campaigns page before sending it again.</source>
        <translation>应答丢失：短信可能已经发出。重新发送之前，请先在“群发任务”页核对。</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>Send a Message</source>
        <translation>发送短信</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>+8613800000000, or 11 digits for the mainland</source>
        <translation>+8613800000000，中国大陆号码也可直接填 11 位数字</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
</context>
<context>
    <name>sms::ui::StatisticsCharts</name>
    <message>
        <source>MMM d</source>
        <extracomment>Day and month on a chart&apos;s time axis (QDate format): &quot;Mar 9&quot;, &quot;3月9日&quot;.</extracomment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>Numbers sent</source>
        <translation>发送号码数</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Billed segments</source>
        <translation>计费条数</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <extracomment>A slice in the legend: &quot;Delivered: 1,234 (93.1%)&quot;.</extracomment>
        <translation>%1：%2（%3%）</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Failed, other reasons</source>
        <translation>失败（其他原因）</translation>
    </message>
    <message>
        <source>No receipt yet</source>
        <translation>暂无回执</translation>
    </message>
    <message>
        <source>Unknown (no receipt in time)</source>
        <translation>未知（未按时收到回执）</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>No. %1, until %2</source>
        <extracomment>A package on the chart&apos;s axis: its id and the day it expires.</extracomment>
        <translation>编号 %1，%2 到期</translation>
    </message>
    <message>
        <source>Refused numbers</source>
        <translation>被拒绝的号码</translation>
    </message>
    <message>
        <source>Other codes</source>
        <translation>其他错误码</translation>
    </message>
</context>
<context>
    <name>sms::ui::StatisticsPage</name>
    <message>
        <source>Loading the statistics…</source>
        <translation>正在加载统计…</translation>
    </message>
    <message>
        <source>The service&apos;s statistics load once the connection is ready.</source>
        <translation>连接就绪后即加载服务的统计数据。</translation>
    </message>
    <message>
        <source>every application</source>
        <translation>全部应用</translation>
    </message>
    <message>
        <source>%1 to %2, %3: %4 numbers sent, %5 accepted, %6 segments billed.</source>
        <translation>%1 至 %2，%3：发送 %4 个号码，已受理 %5 个，计费 %6 条。</translation>
    </message>
    <message>
        <source>From the service&apos;s statistics (Beijing time), loaded at %1.</source>
        <translation>数据来自服务的统计（北京时间），加载于 %1。</translation>
    </message>
    <message>
        <source>From the history on this computer (Beijing time), read at %1.</source>
        <translation>数据来自本机的发送记录（北京时间），读取于 %1。</translation>
    </message>
    <message>
        <source>Nothing loaded yet.</source>
        <translation>尚未加载任何数据。</translation>
    </message>
    <message>
        <source>Nothing was sent in this range.</source>
        <translation>此时间范围内没有发送。</translation>
    </message>
    <message>
        <source>No number was accepted in this range: there is nothing to deliver.</source>
        <translation>此时间范围内没有已受理的号码：没有需要送达的短信。</translation>
    </message>
    <message>
        <source>Only the service knows the packages: choose Cloud as the source to see them.</source>
        <translation>只有服务掌握套餐包信息：请把来源选为“云端”来查看。</translation>
    </message>
    <message>
        <source>No package is in effect.</source>
        <translation>没有生效中的套餐包。</translation>
    </message>
    <message>
        <source>The service does not count refusals by code: choose This computer as the source to see them.</source>
        <translation>服务不按错误码统计拒绝：请把来源选为“本机”来查看。</translation>
    </message>
    <message>
        <source>No number was refused in this range.</source>
        <translation>此时间范围内没有被拒绝的号码。</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>云端</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Cloud: the service&apos;s own statistics. This computer: the history SMS Console keeps, which works offline and counts refusals by code.</source>
        <translation>云端：服务自身的统计。本机：SMS Console 保存的发送记录，可离线使用，并按错误码统计拒绝。</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>时间段(&amp;P)：</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation>应用(&amp;A)：</translation>
    </message>
    <message>
        <source>The SmsSdkAppId whose statistics are shown.</source>
        <translation>要显示其统计数据的 SmsSdkAppId。</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Numbers sent, accepted and billed, per hour</source>
        <translation>每小时的发送号码数、已受理数和计费条数</translation>
    </message>
    <message>
        <source>Numbers sent, accepted and billed, per day</source>
        <translation>每天的发送号码数、已受理数和计费条数</translation>
    </message>
    <message>
        <source>What became of the accepted numbers</source>
        <translation>已受理号码的结果</translation>
    </message>
    <message>
        <source>Refusals by code</source>
        <translation>按错误码分组的拒绝</translation>
    </message>
    <message>
        <source>Packages: %1 segments left; the next to run out expires on %2</source>
        <translation>套餐包：剩余 %1 条；最近一个到期的套餐包于 %2 到期</translation>
    </message>
    <message>
        <source>Packages: %1 segments left</source>
        <translation>套餐包：剩余 %1 条</translation>
    </message>
    <message>
        <source>Packages</source>
        <translation>套餐包</translation>
    </message>
</context>
<context>
    <name>sms::ui::TemplateEditor</name>
    <message>
        <source>Modify Template %1</source>
        <translation>修改模板 %1</translation>
    </message>
    <message>
        <source>New Template</source>
        <translation>新建模板</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>For example: Sign-in code</source>
        <translation>例如：登录验证码</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Market:</source>
        <translation>范围(&amp;M)：</translation>
    </message>
    <message>
        <source>A template keeps the market it was applied for.</source>
        <translation>模板不能改变申请时的范围。</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>正文(&amp;X)：</translation>
    </message>
    <message>
        <source>Variables as {1}, {2}, ...; the signature is added when sending.</source>
        <translation>变量写作 {1}、{2}……；签名在发送时自动加上。</translation>
    </message>
    <message>
        <source>&amp;Remark:</source>
        <translation>备注(&amp;R)：</translation>
    </message>
    <message>
        <source>Where and why it is sent, for the reviewers</source>
        <translation>给审核人员：在什么场景、为什么发送</translation>
    </message>
    <message>
        <source>Append “%1”</source>
        <translation>追加“%1”</translation>
    </message>
    <message>
        <source>As the phone shows it</source>
        <translation>手机上显示的样子</translation>
    </message>
    <message>
        <source>&amp;Signature:</source>
        <translation>签名(&amp;S)：</translation>
    </message>
    <message>
        <source>Variables show sample values as long as a value may be, so the length is the most one message costs.</source>
        <translation>变量以允许的最大长度的示例值显示，因此这里的长度是一条短信的最高计费。</translation>
    </message>
    <message>
        <source>&amp;Explain</source>
        <translation>说明(&amp;E)</translation>
    </message>
    <message>
        <source>Submit Changes</source>
        <translation>提交修改</translation>
    </message>
    <message>
        <source>Submit for Review</source>
        <translation>提交审核</translation>
    </message>
    <message>
        <source>None: sent as written</source>
        <translation>无：按原文发送</translation>
    </message>
    <message>
        <source>Placeholder</source>
        <translation>占位签名</translation>
    </message>
    <message>
        <source>Put right what is listed under the fields first.</source>
        <translation>请先改正各字段下列出的问题。</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>The service did not take the template: %1</source>
        <translation>服务未接受此模板：%1</translation>
    </message>
    <message>
        <source>The template was not sent: %1</source>
        <translation>模板未发送：%1</translation>
    </message>
    <message>
        <source>Submitting…</source>
        <translation>正在提交…</translation>
    </message>
</context>
<context>
    <name>sms::ui::TemplateModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Reviewer&apos;s reply</source>
        <translation>审核回复</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>sms::ui::TemplatePreview</name>
    <message>
        <source>Length and segments appear as you write.</source>
        <translation>输入时会显示长度和计费条数。</translation>
    </message>
    <message>
        <source>Characters: %1 · Billed segments: %2</source>
        <translation>字符数：%1 · 计费条数：%2</translation>
    </message>
    <message>
        <source>Up to %1 characters in one message, %2 per segment once split.</source>
        <translation>一条短信最多 %1 个字符，超出后按每条 %2 个字符拆分计费。</translation>
    </message>
    <message>
        <source>GSM-7 encoding.</source>
        <translation>GSM-7 编码。</translation>
    </message>
    <message>
        <source>UCS-2 encoding because of “%1”.</source>
        <translation>因为“%1”而使用 UCS-2 编码。</translation>
    </message>
    <message>
        <source>“%1” counts as two characters.</source>
        <translation>“%1”按两个字符计算。</translation>
    </message>
    <message>
        <source>The service takes at most %1 characters.</source>
        <translation>服务最多接受 %1 个字符。</translation>
    </message>
</context>
<context>
    <name>sms::ui::TemplatesPage</name>
    <message>
        <source>Template %1 “%2”</source>
        <translation>模板 %1“%2”</translation>
    </message>
    <message>
        <source>Template %1</source>
        <translation>模板 %1</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Reviewer&apos;s reply:</source>
        <translation>审核回复：</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID：</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Market:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>Variables:</source>
        <translation>变量：</translation>
    </message>
    <message>
        <source>Remark:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>Applied for outside this console: the service does not list its type.</source>
        <translation>不是通过本控制台申请的：服务的列表不提供它的类型。</translation>
    </message>
    <message>
        <source>No templates yet. Add one: every message is sent with an approved template.</source>
        <translation>还没有模板。请添加一个：每条短信都要使用审核通过的模板发送。</translation>
    </message>
    <message>
        <source>Search templates by ID, name or text</source>
        <translation>按 ID、名称或正文搜索模板</translation>
    </message>
    <message>
        <source>Apply for a new template</source>
        <translation>申请新模板</translation>
    </message>
    <message>
        <source>Use in a Campaign</source>
        <translation>用于群发</translation>
    </message>
    <message>
        <source>Send the selected approved template to a list of numbers</source>
        <translation>把所选的已审核模板发送给一批号码</translation>
    </message>
</context>
</TS>
