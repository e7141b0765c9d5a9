using System.Net.Mail;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Graph;
using WordHelper.Api.Graph;
using WordHelper.Api.Problems;
using WordHelper.Core.Text;
using GraphModels = Microsoft.Graph.Models;

namespace WordHelper.Api.Messages;

/// <summary>
/// POST /api/messages/draft: a draft message in the user's Outlook, addressed to the recipients a check resolved, the
/// document attached. The user reviews and sends it; the service never sends mail itself.
/// </summary>
[ApiController]
[Route("api/messages")]
public sealed class DraftMessageController(GraphSettings settings, GraphServiceClient graph) : ControllerBase
{
    /// <summary>Graph takes an attachment inline up to 3 MB; a signed plan is far smaller.</summary>
    public const int MaxAttachmentBytes = 3 * 1024 * 1024;
    const int MaxRecipients = 500;
    const int MaxSubject = 255;

    [HttpPost("draft")]
    [Consumes("multipart/form-data")]
    [ProducesResponseType<DraftMessage>(StatusCodes.Status201Created)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status501NotImplemented)]
    public async Task<ActionResult<DraftMessage>> Draft(IFormFile? file, [FromForm] string? subject, [FromForm] string[]? to, CancellationToken cancel)
    {
        if (!settings.Enabled)
            return Refuse(StatusCodes.Status501NotImplemented, "Soạn thư trong Outlook cần WordHelper được kết nối với Microsoft 365 (đăng nhập bằng tài khoản của cơ quan); máy chủ này đang chạy ở chế độ cục bộ.");
        if (file is null || file.Length == 0) return Refuse(400, "Thiếu tệp văn bản để đính kèm (trường \"file\").");
        if (file.Length > MaxAttachmentBytes)
            return Refuse(StatusCodes.Status413PayloadTooLarge, $"Tệp đính kèm lớn hơn {MaxAttachmentBytes / 1024 / 1024} MB: hãy đính kèm trực tiếp trong Outlook.");
        var mails = (to ?? []).Select(m => InputText.Clean(m)?.Trim()).Where(m => !string.IsNullOrEmpty(m)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (mails.Count == 0) return Refuse(400, "Chưa có địa chỉ nhận nào (trường \"to\").");
        if (mails.Count > MaxRecipients) return Refuse(400, $"Quá {MaxRecipients} địa chỉ nhận cho một thư.");
        if (mails.FirstOrDefault(m => !MailAddress.TryCreate(m, out var a) || a.Address != m) is { } bad)
            return Refuse(400, $"\"{bad}\" không phải một địa chỉ thư điện tử.");
        var name = Path.GetFileName(InputText.Clean(file.FileName) ?? "");
        if (name.Length == 0) name = "van-ban.docx";
        var title = InputText.Clean(subject)?.Trim() is { Length: > 0 } s ? s : Path.GetFileNameWithoutExtension(name);
        if (title.Length > MaxSubject) title = title[..MaxSubject];

        using var content = new MemoryStream();
        await file.CopyToAsync(content, cancel);
        var created = await graph.Me.Messages.PostAsync(new GraphModels.Message
        {
            Subject = title,
            Body = new GraphModels.ItemBody { ContentType = GraphModels.BodyType.Text, Content = $"Kính gửi Quý cơ quan,\n\nXin gửi kèm văn bản \"{title}\".\n" },
            ToRecipients = mails.Select(m => new GraphModels.Recipient { EmailAddress = new GraphModels.EmailAddress { Address = m } }).ToList(),
            Attachments =
            [
                new GraphModels.FileAttachment
                {
                    OdataType = "#microsoft.graph.fileAttachment",
                    Name = name,
                    ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    ContentBytes = content.ToArray(),
                },
            ],
        }, cancellationToken: cancel);
        var draft = new DraftMessage(created?.Id ?? "", created?.WebLink);
        return Created(draft.WebLink ?? "/api/messages/draft", draft);
    }

    ObjectResult Refuse(int status, string detail) => Problem(statusCode: status, title: ProblemSetup.Title(status), detail: detail);
}

/// <summary>The draft as Outlook keeps it: its id and the address that opens it in Outlook on the web.</summary>
public sealed record DraftMessage(string Id, string? WebLink);
