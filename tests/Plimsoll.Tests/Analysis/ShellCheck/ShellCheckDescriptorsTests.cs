using Plimsoll.Analysis.ShellCheck;
using Plimsoll.Diagnostics;

namespace Plimsoll.Tests.Analysis.ShellCheck;

public class ShellCheckDescriptorsTests
{
    [Test]
    public void A_code_gets_a_name_other_than_its_id_and_a_link_to_its_wiki_page()
    {
        var descriptor = ShellCheckDescriptors.For("SC2086", Severity.Info);
        Assert.Multiple(() =>
        {
            Assert.That(descriptor.Name, Is.EqualTo("shellcheck-2086"));
            Assert.That(descriptor.Name, Is.Not.EqualTo(descriptor.Id).IgnoreCase);
            Assert.That(descriptor.HelpUri, Does.EndWith("SC2086"));
        });
    }
}
