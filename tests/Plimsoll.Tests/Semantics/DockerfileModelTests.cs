using System.Collections.Immutable;
using Plimsoll.Semantics;
using Plimsoll.Syntax;

namespace Plimsoll.Tests.Semantics;

public class DockerfileModelTests
{
    private static DockerfileModel Model(string text, BuildSettings? settings = null) =>
        DockerfileModel.Build(SyntaxTree.Parse(text), settings);

    [Test]
    public void Stages_have_bases_names_and_a_final_stage()
    {
        DockerfileModel model = Model("FROM python:3.12 AS builder\nRUN pip install --user x\nFROM python:3.12-slim\nCOPY --from=builder /root/.local /root/.local\n");
        Assert.Multiple(() =>
        {
            Assert.That(model.Stages.Select(s => s.Name), Is.EqualTo(new[] { "builder", null }));
            Assert.That(model.FinalStage, Is.SameAs(model.Stages[1]));
            Assert.That(model.Stages[0].IsFinal, Is.False);
            Assert.That(model.Stages[1].BaseImage.Tag, Is.EqualTo("3.12-slim"));
            Assert.That(model.Stages[1].Uses.Single().Kind, Is.EqualTo(StageLinkKind.CopyFrom));
            Assert.That(model.Stages[0].UsedBy.Single().From, Is.SameAs(model.Stages[1]));
        });
    }

    [Test]
    public void Global_args_expand_in_FROM_and_build_args_override_them()
    {
        const string text = "ARG PY=3.11\nARG VARIANT\nFROM python:${PY}-slim${VARIANT:+-$VARIANT}\n";
        var settings = new BuildSettings { BuildArgs = ImmutableDictionary<string, string>.Empty.Add("PY", "3.12") };
        Assert.Multiple(() =>
        {
            Assert.That(Model(text).Stages[0].BaseName, Is.EqualTo("python:3.11-slim"));
            Assert.That(Model(text, settings).Stages[0].BaseName, Is.EqualTo("python:3.12-slim"));
            Assert.That(Model(text).UndefinedVariables, Is.Empty);
        });
    }

    [Test]
    public void Global_args_are_not_visible_in_a_stage_unless_redeclared()
    {
        DockerfileModel model = Model("ARG APP=/app\nFROM alpine\nWORKDIR $APP\nARG APP\nWORKDIR $APP/src\n");
        var workdirs = model.Stages[0].Instructions.OfType<WorkdirInstructionSyntax>().ToArray();
        Assert.Multiple(() =>
        {
            Assert.That(model.UndefinedVariables.Single().Instruction, Is.SameAs(workdirs[0]));
            Assert.That(model.Tree.Text.ToString(model.UndefinedVariables.Single().Span), Is.EqualTo("$APP"));
            Assert.That(model.ContextOf(model.Stages[0].Instructions[^1])!.WorkingDirectory, Is.EqualTo("/$APP"));
        });
    }

    [Test]
    public void Env_wins_over_arg_and_later_instructions_see_it()
    {
        DockerfileModel model = Model("FROM alpine\nENV HOME_DIR=/home/app\nARG HOME_DIR=/x\nWORKDIR $HOME_DIR\nRUN true\n");
        InstructionContext context = model.ContextOf(model.Stages[0].Instructions[^1])!;
        Assert.Multiple(() =>
        {
            Assert.That(context.WorkingDirectory, Is.EqualTo("/home/app"));
            Assert.That(context.Variables.TryGet("HOME_DIR", out string? value) ? value : null, Is.EqualTo("/home/app"));
        });
    }

    [Test]
    public void User_and_workdir_are_tracked_per_instruction()
    {
        DockerfileModel model = Model("FROM alpine\nRUN a\nUSER app:app\nWORKDIR /srv\nWORKDIR data\nRUN b\n");
        Stage stage = model.Stages[0];
        InstructionContext first = model.ContextOf(stage.Instructions[0])!;
        InstructionContext last = model.ContextOf(stage.Instructions[^1])!;
        Assert.Multiple(() =>
        {
            Assert.That(first.User.IsRoot && first.User.IsImplicit, Is.True);
            Assert.That(last.User, Is.EqualTo(new UserSpec("app", "app")));
            Assert.That(last.WorkingDirectory, Is.EqualTo("/srv/data"));
            Assert.That(stage.FinalUser.IsRoot, Is.False);
            Assert.That(stage.LastUserInstruction, Is.Not.Null);
        });
    }

    [TestCase("USER root", true)]
    [TestCase("USER 0:0", true)]
    [TestCase("USER root:app", true)]
    [TestCase("USER app", false)]
    [TestCase("USER 1000", false)]
    public void The_final_user_is_root_or_not(string user, bool isRoot) =>
        Assert.That(Model($"FROM alpine\n{user}\n").FinalStage!.FinalUser.IsRoot, Is.EqualTo(isRoot));

    [Test]
    public void A_stage_built_on_another_inherits_its_user_env_and_base_image()
    {
        DockerfileModel model = Model("FROM python:3.12-slim AS base\nENV A=1\nUSER app\nFROM base\nRUN echo $A\n");
        Stage child = model.Stages[1];
        InstructionContext context = model.ContextOf(child.Instructions[0])!;
        Assert.Multiple(() =>
        {
            Assert.That(child.BaseStage, Is.SameAs(model.Stages[0]));
            Assert.That(child.BaseImage.Repository, Is.EqualTo("library/python"));
            Assert.That(context.User.User, Is.EqualTo("app"));
            Assert.That(context.Variables.IsDefined("A"), Is.True);
            Assert.That(child.LastUserInstruction, Is.Null);
        });
    }

    [Test]
    public void Target_selects_the_final_stage()
    {
        DockerfileModel model = Model("FROM alpine AS dev\nFROM alpine AS prod\n", new BuildSettings { Target = "DEV" });
        Assert.That(model.FinalStage!.Name, Is.EqualTo("dev"));
    }

    [Test]
    public void Copy_from_by_index_and_run_mount_from_link_stages()
    {
        DockerfileModel model = Model("FROM golang AS build\nFROM alpine\nCOPY --from=0 /out /app\nRUN --mount=type=bind,from=build,source=/src,target=/src ls\nCOPY --from=nginx:latest /etc/nginx /etc/nginx\n");
        Assert.That(model.Stages[1].Uses.Select(l => l.Kind), Is.EqualTo(new[] { StageLinkKind.CopyFrom, StageLinkKind.MountFrom }));
    }

    [Test]
    public void Shell_changes_and_powershell_is_not_posix()
    {
        DockerfileModel model = Model("FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL [\"powershell\", \"-Command\"]\nRUN Get-ChildItem\n");
        InstructionContext context = model.ContextOf(model.Stages[0].Instructions[^1])!;
        Assert.Multiple(() =>
        {
            Assert.That(context.Shell, Is.EqualTo(new[] { "powershell", "-Command" }));
            Assert.That(context.IsPosixShell, Is.False);
        });
    }

    [Test]
    public void A_file_without_stages_still_has_a_model()
    {
        DockerfileModel model = Model("ARG A\n");
        Assert.Multiple(() =>
        {
            Assert.That(model.Stages, Is.Empty);
            Assert.That(model.FinalStage, Is.Null);
        });
    }
}
